package vn.dacsan.department.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import vn.dacsan.account.domain.EmailAddress;
import vn.dacsan.catalog.domain.Product;
import vn.dacsan.department.domain.Feedback;
import vn.dacsan.department.domain.FeedbackSubject;
import vn.dacsan.department.domain.FeedbackToken;
import vn.dacsan.notification.application.Notifications;
import vn.dacsan.notification.domain.Notice;
import vn.dacsan.order.domain.CustomerOrder;
import vn.dacsan.platform.text.PhoneNumber;

/**
 * Complaints and feedback from the public (/gop-y): checked field by field, given a deadline in
 * working days and a private link, announced to the staff, and confirmed to the sender by email
 * when they gave one. The private link shows the sender where the matter stands and the reply.
 */
@ApplicationScoped
@Transactional
public class FeedbackIntake {

    static final String STAFF_QUEUE = "/quan-ly/gop-y";

    @PersistenceContext(unitName = "marketplace")
    EntityManager em;
    @Inject
    Notifications notifications;
    @Inject
    FeedbackDeadlines deadlines;
    @Inject
    Clock clock;

    public FeedbackIntake() {
    }

    public FeedbackIntake(EntityManager em, Notifications notifications, FeedbackDeadlines deadlines, Clock clock) {
        this.em = em;
        this.notifications = notifications;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** Checks a form without writing anything: {@link InvalidDepartmentInput} when something is wrong. */
    public void check(FeedbackForm form, Locale locale) {
        checked(form, locale);
    }

    public SubmittedFeedback submit(FeedbackForm form, Locale locale) {
        Checked c = checked(form, locale);
        Instant now = clock.instant();
        LocalDate dueOn = deadlines.dueDate(deadlines.today(clock));
        String token = FeedbackToken.create();
        Feedback feedback = new Feedback(FeedbackToken.hash(token), c.subject(), c.order() == null ? null : c.order().getId(),
                c.order() == null ? null : c.order().getCode(), c.product() == null ? null : c.product().getId(), c.name(), c.email(),
                c.phone() == null ? null : PhoneNumber.normalise(c.phone()), c.message(), now, dueOn);
        em.persist(feedback);
        em.flush();
        SubmittedFeedback submitted = new SubmittedFeedback(feedback.getId(), token, dueOn);
        notifications.toStaff(Notice.fitted("FEEDBACK_RECEIVED", "Góp ý / khiếu nại mới từ " + c.name(),
                about(feedback, c.product()) + "\n\n" + c.message() + "\n\nHạn trả lời: " + dueOn,
                STAFF_QUEUE + "?id=" + feedback.getId()));
        if (c.email() != null) {
            notifications.toAddress(c.email(), Notice.fitted("FEEDBACK_RECEIVED", "Đã nhận góp ý của bạn",
                    "Chào " + c.name() + ",\n\nChúng tôi đã nhận góp ý của bạn (" + about(feedback, c.product())
                            + ") và sẽ trả lời trước ngày " + dueOn
                            + ". Xem tình trạng và câu trả lời tại đường dẫn riêng dưới đây; đừng chia sẻ đường dẫn này.",
                    submitted.path()));
        }
        return submitted;
    }

    private record Checked(FeedbackSubject subject, CustomerOrder order, Product product, String name, String email, String phone,
                           String message) {
    }

    private Checked checked(FeedbackForm form, Locale locale) {
        InputCheck check = new InputCheck(locale);
        String name = check.required("name", form.name(), Feedback.MAX_NAME);
        String email = check.optional("email", form.email(), EmailAddress.MAX_LENGTH);
        if (email != null && !EmailAddress.isWellFormed(email)) {
            check.reject("email", "email");
        }
        String phone = check.optional("phone", form.phone(), 30);
        if (phone != null && !PhoneNumber.isValid(phone)) {
            check.reject("phone", "phone");
        }
        if (email == null && phone == null) {
            check.reject("contact", "contact");
        }
        FeedbackSubject subject = subject(form.subject());
        CustomerOrder order = null;
        Product product = null;
        if (subject == null) {
            check.reject("subject", "subject");
        } else if (subject == FeedbackSubject.ORDER) {
            String code = check.required("orderCode", form.orderCode(), 30);
            if (code != null && !check.has("phone")) {
                if (phone == null) {
                    check.reject("phone", "orderPhone");
                } else {
                    order = order(code, phone).orElse(null);
                    if (order == null) {
                        check.reject("orderCode", "order");
                    }
                }
            }
        } else if (subject == FeedbackSubject.LISTING) {
            String reference = check.required("product", form.product(), 300);
            if (reference != null) {
                product = product(reference).orElse(null);
                if (product == null) {
                    check.reject("product", "product");
                }
            }
        }
        String message = check.required("message", form.message(), Feedback.MAX_MESSAGE);
        if (message != null && message.length() < Feedback.MIN_MESSAGE) {
            check.reject("message", "tooShort", Feedback.MIN_MESSAGE);
        }
        check.throwIfAny();
        return new Checked(subject, order, product, name, email, phone, message);
    }

    /** What the private link shows; an unknown or malformed token is {@link UnknownFeedback}. */
    public FeedbackAnswer answer(String token) {
        if (!FeedbackToken.isWellFormed(token)) {
            throw new UnknownFeedback();
        }
        Feedback feedback = em.createQuery("select f from Feedback f where f.tokenHash = :hash", Feedback.class)
                .setParameter("hash", FeedbackToken.hash(token)).getResultList().stream().findFirst()
                .orElseThrow(UnknownFeedback::new);
        Product product = feedback.getProductId() == null ? null : em.find(Product.class, feedback.getProductId());
        return new FeedbackAnswer(feedback.getSubject().name(), feedback.getOrderCode(), product == null ? null : product.getName(),
                feedback.getSenderName(), feedback.getMessage(), feedback.getStatus().name(), feedback.getReceivedAt(),
                feedback.getDueOn(), feedback.getReply(), feedback.getRepliedAt());
    }

    static String about(Feedback feedback, Product product) {
        return switch (feedback.getSubject()) {
            case ORDER -> "đơn hàng " + feedback.getOrderCode();
            case LISTING -> "sản phẩm " + (product == null ? "#" + feedback.getProductId() : product.getName());
            case GENERAL -> "góp ý chung";
        };
    }

    private static FeedbackSubject subject(String typed) {
        if (typed == null) {
            return null;
        }
        try {
            return FeedbackSubject.valueOf(typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** The order with this code placed with this phone; a wrong phone reads like an unknown code. */
    private Optional<CustomerOrder> order(String code, String phone) {
        return em.createQuery("select o from CustomerOrder o where o.code = :code", CustomerOrder.class)
                .setParameter("code", code.strip().toUpperCase(Locale.ROOT)).getResultList().stream()
                .filter(o -> o.getPhone().equals(PhoneNumber.normalise(phone)))
                .findFirst();
    }

    /** A product named by its address on this site (…/san-pham/slug) or by its slug. */
    private Optional<Product> product(String reference) {
        String slug = reference.strip();
        int at = slug.indexOf("/san-pham/");
        if (at >= 0) {
            slug = slug.substring(at + "/san-pham/".length());
        }
        slug = slug.replaceAll("[?#].*$", "").replaceAll("/+$", "");
        return em.createQuery("select p from Product p where p.slug = :slug", Product.class)
                .setParameter("slug", slug).getResultList().stream().findFirst();
    }
}
