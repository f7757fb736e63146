package vn.dacsan.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import vn.dacsan.account.api.MeResource;
import vn.dacsan.account.api.OperatorAccountResource;
import vn.dacsan.business.api.BusinessRegistrationResource;
import vn.dacsan.business.api.BusinessReviewResource;
import vn.dacsan.cart.api.CartResource;
import vn.dacsan.catalog.api.OperatorPlaceResource;
import vn.dacsan.catalog.api.PlaceResource;
import vn.dacsan.catalog.api.ProductListWriter;
import vn.dacsan.catalog.api.ProductResource;
import vn.dacsan.department.api.DepartmentResource;
import vn.dacsan.department.api.FeedbackResource;
import vn.dacsan.department.api.StaffFeedbackResource;
import vn.dacsan.listing.api.SellerProductResource;
import vn.dacsan.listing.api.SellerUploadResource;
import vn.dacsan.listing.api.StaffReviewResource;
import vn.dacsan.media.UploadRejectedMapper;
import vn.dacsan.news.api.NewsResource;
import vn.dacsan.news.api.StaffNewsResource;
import vn.dacsan.news.api.StaffEventResource;
import vn.dacsan.notification.api.NotificationResource;
import vn.dacsan.order.api.OrderResource;
import vn.dacsan.order.api.SellerOrderResource;
import vn.dacsan.order.api.StaffOrderResource;
import vn.dacsan.search.api.ReindexResource;

/**
 * The JSON API, under /api; documented at /openapi. Resources are listed explicitly so that
 * JAX-RS interfaces inside library jars (SolrJ ships some) never become endpoints.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Specialty marketplace API", version = "1",
        description = "Search and read the catalogue of provincial specialty and OCOP products."))
public class RestApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ProductResource.class, ProductListWriter.class, ReindexResource.class, OperatorAccountResource.class, OperatorPlaceResource.class, MeResource.class, NotificationResource.class, JsonConfig.class,
                BusinessRegistrationResource.class, BusinessReviewResource.class,
                SellerProductResource.class, StaffReviewResource.class, PlaceResource.class, SellerUploadResource.class,
                UploadRejectedMapper.class, OrderResource.class, SellerOrderResource.class, StaffOrderResource.class,
                ProblemMappers.InvalidOrder.class, ProblemMappers.OutOfStock.class, ProblemMappers.PriceChanged.class,
                ProblemMappers.IdempotencyConflict.class, ProblemMappers.OrderNotFound.class, ProblemMappers.NotYourOrder.class,
                ProblemMappers.OrderWrongState.class, ProblemMappers.TooManyLookups.class,
                CartResource.class, ProblemMappers.CartRefused.class,
                ProblemMappers.InvalidListing.class, ProblemMappers.NotYours.class, ProblemMappers.ListingNotFound.class,
                ProblemMappers.WrongState.class, ProblemMappers.TransactionFailed.class, ProblemMappers.UnreadableBody.class,
                ProblemMappers.InvalidSearch.class, ProblemMappers.Unauthenticated.class, ProblemMappers.SearchUnavailable.class,
                ProblemMappers.InvalidBusiness.class, ProblemMappers.AlreadyDecided.class, ProblemMappers.NoSuchBusiness.class,
                ProblemMappers.NotFoundProblem.class, ProblemMappers.WebApplicationProblem.class,
                NewsResource.class, StaffNewsResource.class, StaffEventResource.class, ProblemMappers.InvalidArticle.class,
                ProblemMappers.ArticleNotFound.class, ProblemMappers.ArticleWrongState.class,
                DepartmentResource.class, FeedbackResource.class, StaffFeedbackResource.class,
                ProblemMappers.InvalidDepartment.class, ProblemMappers.NoSuchFeedback.class, ProblemMappers.NoSuchUnit.class,
                ProblemMappers.FeedbackWrongState.class, ProblemMappers.TooMuchFeedback.class,
                ProblemMappers.Unexpected.class);
    }
}
