package vn.dacsan.platform.api;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.TransactionalException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dacsan.business.application.BusinessAlreadyDecided;
import vn.dacsan.business.application.FieldError;
import vn.dacsan.business.application.InvalidBusinessInput;
import vn.dacsan.business.application.UnknownBusiness;
import vn.dacsan.cart.domain.Cart;
import vn.dacsan.cart.domain.CartRefusal;
import vn.dacsan.department.application.InvalidDepartmentInput;
import vn.dacsan.department.application.TooManyFeedback;
import vn.dacsan.department.application.UnknownFeedback;
import vn.dacsan.department.application.UnknownUnit;
import vn.dacsan.department.domain.FeedbackStateException;
import vn.dacsan.listing.application.InvalidListingException;
import vn.dacsan.listing.application.ListingNotFoundException;
import vn.dacsan.listing.application.NotYoursException;
import vn.dacsan.listing.domain.ListingStateException;
import vn.dacsan.news.application.ArticleNotFoundException;
import vn.dacsan.news.application.InvalidArticleException;
import vn.dacsan.news.domain.ArticleStateException;
import vn.dacsan.order.application.IdempotencyConflictException;
import vn.dacsan.order.application.InvalidOrderException;
import vn.dacsan.order.application.NotYourOrderException;
import vn.dacsan.order.application.OrderNotFoundException;
import vn.dacsan.order.application.OutOfStockException;
import vn.dacsan.order.application.PriceChangedException;
import vn.dacsan.order.application.TooManyTrackingAttempts;
import vn.dacsan.order.domain.OrderStateException;
import vn.dacsan.platform.logging.RequestLog;
import vn.dacsan.search.application.InvalidSearchRequestException;
import vn.dacsan.platform.persistence.DatabaseOutage;
import vn.dacsan.search.application.SearchUnavailableException;

/** Turns every failure into a JSON problem; internals (stack traces, Solr messages) never leak. */
public final class ProblemMappers {

    private static final Logger LOG = RequestLog.logger(ProblemMappers.class);

    private ProblemMappers() {
    }

    @Provider
    public static class InvalidSearch implements ExceptionMapper<InvalidSearchRequestException> {
        @Override
        public Response toResponse(InvalidSearchRequestException e) {
            return Problem.response(400, "Invalid search request", e.getMessage(), e.parameter());
        }
    }

    @Provider
    public static class SearchUnavailable implements ExceptionMapper<SearchUnavailableException> {
        @Override
        public Response toResponse(SearchUnavailableException e) {
            return Problem.response(503, "Search unavailable", "Search is temporarily unavailable; please try again shortly", null);
        }
    }

    /** 422 listing every invalid field; 409 when the only problems are clashes (tax code or email taken). */
    @Provider
    public static class InvalidBusiness implements ExceptionMapper<InvalidBusinessInput> {
        @Override
        public Response toResponse(InvalidBusinessInput e) {
            ResourceBundle english = ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH);
            List<ValidationProblem.FieldProblem> errors = e.errors().stream()
                    .map(f -> new ValidationProblem.FieldProblem(f.field(), f.code(), message(english, f)))
                    .toList();
            return e.isConflict()
                    ? ValidationProblem.response(409, "Already registered", "A business or account with these details exists", errors)
                    : ValidationProblem.response(422, "Invalid input", "Some fields are missing or invalid; see errors", errors);
        }

        private static String message(ResourceBundle bundle, FieldError error) {
            String pattern = bundle.getString(error.messageKey());
            return error.messageArguments().length == 0 ? pattern
                    : new MessageFormat(pattern, bundle.getLocale()).format(error.messageArguments());
        }
    }

    @Provider
    public static class AlreadyDecided implements ExceptionMapper<BusinessAlreadyDecided> {
        @Override
        public Response toResponse(BusinessAlreadyDecided e) {
            return Problem.response(409, "Already decided", "This business is already " + e.status()
                    + (e.decidedBy() == null ? "" : " (decided by " + e.decidedBy() + ")") + "; it cannot be decided again", null);
        }
    }

    @Provider
    public static class NoSuchBusiness implements ExceptionMapper<UnknownBusiness> {
        @Override
        public Response toResponse(UnknownBusiness e) {
            return Problem.response(404, "Not found", "No business with this id", null);
        }
    }

    @Provider
    public static class NotFoundProblem implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            String detail = e.getMessage() == null || e.getMessage().startsWith("HTTP 404") ? "Nothing here" : e.getMessage();
            return Problem.response(404, "Not found", detail, null);
        }
    }

    @Provider
    public static class Unauthenticated implements ExceptionMapper<NotAuthorizedException> {
        @Override
        public Response toResponse(NotAuthorizedException e) {
            return Response.fromResponse(Problem.response(401, "Unauthorized", "Log in with HTTP Basic: your email and password", null))
                    .header("WWW-Authenticate", "Basic realm=\"dacsan\", charset=\"UTF-8\"")
                    .build();
        }
    }

    @Provider
    public static class WebApplicationProblem implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (e.getResponse().hasEntity()) {
                return e.getResponse();
            }
            if (e instanceof ForbiddenException) {
                return Problem.response(403, "Forbidden", e.getMessage(), null);
            }
            if (e instanceof NotAllowedException) {
                return Problem.response(405, "Method not allowed", "This address does not accept that method", null);
            }
            return Problem.response(status, e.getResponse().getStatusInfo().getReasonPhrase(),
                    status >= 500 ? "Something went wrong on our side" : e.getResponse().getStatusInfo().getReasonPhrase(), null);
        }
    }

    /** A body that is not the JSON the endpoint reads. */
    @Provider
    public static class UnreadableBody implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return Problem.response(400, "Unreadable body", "The request body is not valid JSON for this request", null);
        }
    }

    @Provider
    public static class InvalidListing implements ExceptionMapper<InvalidListingException> {
        @Override
        public Response toResponse(InvalidListingException e) {
            return invalidFields(e.errors());
        }
    }

    @Provider
    public static class NotYours implements ExceptionMapper<NotYoursException> {
        @Override
        public Response toResponse(NotYoursException e) {
            return Problem.response(403, "Forbidden", e.getMessage(), null);
        }
    }

    @Provider
    public static class ListingNotFound implements ExceptionMapper<ListingNotFoundException> {
        @Override
        public Response toResponse(ListingNotFoundException e) {
            return Problem.response(404, "Not found", e.getMessage(), null);
        }
    }

    @Provider
    public static class WrongState implements ExceptionMapper<ListingStateException> {
        @Override
        public Response toResponse(ListingStateException e) {
            return Problem.response(409, "Conflict", e.getMessage(), e.code());
        }
    }

    @Provider
    public static class InvalidOrder implements ExceptionMapper<InvalidOrderException> {
        @Override
        public Response toResponse(InvalidOrderException e) {
            return invalidFields(e.errors());
        }
    }

    /** 409 naming each product short of stock and how many are left. */
    @Provider
    public static class OutOfStock implements ExceptionMapper<OutOfStockException> {
        @Override
        public Response toResponse(OutOfStockException e) {
            return ItemsProblem.response(409, "Out of stock", "Not enough stock for some items; see items for what is left",
                    "out-of-stock", e.shortages());
        }
    }

    /** 409 with each changed price, so the page can show it and ask the shopper to confirm. */
    @Provider
    public static class PriceChanged implements ExceptionMapper<PriceChangedException> {
        @Override
        public Response toResponse(PriceChangedException e) {
            return ItemsProblem.response(409, "Price changed", "Some prices changed since they were shown; confirm the new prices",
                    "price-changed", e.changes());
        }
    }

    @Provider
    public static class IdempotencyConflict implements ExceptionMapper<IdempotencyConflictException> {
        @Override
        public Response toResponse(IdempotencyConflictException e) {
            return Problem.response(422, "Idempotency-Key reused", e.getMessage(), "Idempotency-Key");
        }
    }

    @Provider
    public static class OrderNotFound implements ExceptionMapper<OrderNotFoundException> {
        @Override
        public Response toResponse(OrderNotFoundException e) {
            return Problem.response(404, "Not found", e.getMessage(), null);
        }
    }

    @Provider
    public static class NotYourOrder implements ExceptionMapper<NotYourOrderException> {
        @Override
        public Response toResponse(NotYourOrderException e) {
            return Problem.response(403, "Forbidden", e.getMessage(), null);
        }
    }

    @Provider
    public static class OrderWrongState implements ExceptionMapper<OrderStateException> {
        @Override
        public Response toResponse(OrderStateException e) {
            return Problem.response(409, "Conflict", e.getMessage(), e.code());
        }
    }

    @Provider
    public static class TooManyLookups implements ExceptionMapper<TooManyTrackingAttempts> {
        @Override
        public Response toResponse(TooManyTrackingAttempts e) {
            return Response.fromResponse(Problem.response(429, "Too many requests", e.getMessage(), null))
                    .header("Retry-After", Long.toString(e.retryAfterSeconds()))
                    .build();
        }
    }

    /** A transaction that lost a race (optimistic lock) at commit: someone else changed it first. */
    @Provider
    public static class TransactionFailed implements ExceptionMapper<TransactionalException> {
        @Override
        public Response toResponse(TransactionalException e) {
            if (DatabaseOutage.causedBy(e)) {
                return Problem.databaseUnavailable();
            }
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof OptimisticLockException) {
                    return Problem.response(409, "Conflict", "Someone else changed this at the same time; reload and try again", null);
                }
            }
            LOG.log(Level.SEVERE, "Transaction failed", e);
            return Problem.response(500, "Internal error", "Something went wrong on our side; it has been logged", null);
        }
    }

    /** A cart change the cart's rules refuse: a quantity out of range, a product not for sale, a full cart. */
    @Provider
    public static class CartRefused implements ExceptionMapper<CartRefusal> {
        @Override
        public Response toResponse(CartRefusal e) {
            return switch (e.reason()) {
                case QUANTITY_OUT_OF_RANGE -> Problem.response(422, "Unprocessable quantity",
                        "The quantity must be between 1 and " + Cart.MAX_QUANTITY, "quantity");
                case NOT_AVAILABLE -> Problem.response(409, "Not available", "Product " + e.productId() + " is not on sale", "productId");
                case OUT_OF_STOCK -> Problem.response(409, "Out of stock", "Product " + e.productId() + " is out of stock", "productId");
                case TOO_MANY_LINES -> Problem.response(409, "Cart full",
                        "The cart already holds " + Cart.MAX_LINES + " different products", "productId");
                case NOT_IN_CART -> Problem.response(404, "Not found", "Product " + e.productId() + " is not in the cart", "productId");
            };
        }
    }

    /** 422 naming every invalid field; 409 when the only problem is a slug another article uses. */
    @Provider
    public static class InvalidArticle implements ExceptionMapper<InvalidArticleException> {
        @Override
        public Response toResponse(InvalidArticleException e) {
            if (e.isConflict()) {
                List<ValidationProblem.FieldProblem> errors = e.errors().stream()
                        .map(f -> new ValidationProblem.FieldProblem(f.field(), f.code(), f.message())).toList();
                return ValidationProblem.response(409, "Slug in use", errors.get(0).message(), errors);
            }
            return invalidFields(e.errors());
        }
    }

    @Provider
    public static class ArticleNotFound implements ExceptionMapper<ArticleNotFoundException> {
        @Override
        public Response toResponse(ArticleNotFoundException e) {
            return Problem.response(404, "Not found", e.getMessage(), null);
        }
    }

    @Provider
    public static class ArticleWrongState implements ExceptionMapper<ArticleStateException> {
        @Override
        public Response toResponse(ArticleStateException e) {
            return Problem.response(409, "Conflict", e.getMessage(), e.code());
        }
    }

    @Provider
    public static class InvalidDepartment implements ExceptionMapper<InvalidDepartmentInput> {
        @Override
        public Response toResponse(InvalidDepartmentInput e) {
            return invalidFields(e.errors());
        }
    }

    @Provider
    public static class NoSuchFeedback implements ExceptionMapper<UnknownFeedback> {
        @Override
        public Response toResponse(UnknownFeedback e) {
            return Problem.response(404, "Not found", e.getMessage(), null);
        }
    }

    @Provider
    public static class NoSuchUnit implements ExceptionMapper<UnknownUnit> {
        @Override
        public Response toResponse(UnknownUnit e) {
            return Problem.response(404, "Not found", e.getMessage(), null);
        }
    }

    @Provider
    public static class FeedbackWrongState implements ExceptionMapper<FeedbackStateException> {
        @Override
        public Response toResponse(FeedbackStateException e) {
            return Problem.response(409, "Conflict", e.getMessage(), null);
        }
    }

    @Provider
    public static class TooMuchFeedback implements ExceptionMapper<TooManyFeedback> {
        @Override
        public Response toResponse(TooManyFeedback e) {
            return Response.fromResponse(Problem.response(429, "Too many requests", e.getMessage(), null))
                    .header("Retry-After", Long.toString(e.retryAfterSeconds()))
                    .build();
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        @Override
        public Response toResponse(RuntimeException e) {
            if (DatabaseOutage.causedBy(e)) {
                LOG.warning(() -> "Database unavailable: " + e.getMessage());
                return Problem.databaseUnavailable();
            }
            LOG.log(Level.SEVERE, "Unexpected API failure", e);
            return Problem.response(500, "Internal error", "Something went wrong on our side; it has been logged", null);
        }
    }

    /** 422 naming every invalid field, with a code and a message for people. */
    static Response invalidFields(List<vn.dacsan.listing.application.FieldError> fields) {
        List<ValidationProblem.FieldProblem> errors = fields.stream()
                .map(f -> new ValidationProblem.FieldProblem(f.field(), f.code(), f.message())).toList();
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid: " + String.join(", ", errors.stream().map(ValidationProblem.FieldProblem::field).toList());
        return ValidationProblem.response(422, "Invalid fields", detail, errors);
    }
}
