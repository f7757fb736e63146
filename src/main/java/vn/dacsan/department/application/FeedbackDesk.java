package vn.dacsan.department.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.dacsan.catalog.domain.Product;
import vn.dacsan.department.domain.Feedback;
import vn.dacsan.department.domain.FeedbackStatus;
import vn.dacsan.notification.application.Notifications;
import vn.dacsan.notification.domain.Notice;

/**
 * The staff queue of complaints (/quan-ly/gop-y): open ones first, the earliest due first, the
 * overdue marked; taking one, keeping an internal note, replying (the sender reads the reply on
 * their private page and gets it by email) and closing.
 */
@ApplicationScoped
@Transactional
public class FeedbackDesk {

    @PersistenceContext(unitName = "marketplace")
    EntityManager em;
    @Inject
    Notifications notifications;
    @Inject
    FeedbackDeadlines deadlines;
    @Inject
    Clock clock;

    public FeedbackDesk() {
    }

    public FeedbackDesk(EntityManager em, Notifications notifications, FeedbackDeadlines deadlines, Clock clock) {
        this.em = em;
        this.notifications = notifications;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** The queue; {@code status} null for all. Open ones first, the earliest due first; then the rest, newest first. */
    public List<FeedbackCase> queue(FeedbackStatus status, int limit) {
        List<FeedbackStatus> open = status == null ? List.of(FeedbackStatus.NEW, FeedbackStatus.IN_PROGRESS)
                : status.isOpen() ? List.of(status) : List.of();
        List<FeedbackStatus> done = status == null ? List.of(FeedbackStatus.ANSWERED, FeedbackStatus.CLOSED)
                : status.isOpen() ? List.of() : List.of(status);
        List<Feedback> found = new ArrayList<>();
        if (!open.isEmpty()) {
            found.addAll(em.createQuery("select f from Feedback f where f.status in :open order by f.dueOn, f.receivedAt, f.id",
                    Feedback.class).setParameter("open", open).setMaxResults(limit).getResultList());
        }
        if (!done.isEmpty() && found.size() < limit) {
            found.addAll(em.createQuery("select f from Feedback f where f.status in :done order by f.receivedAt desc, f.id desc",
                    Feedback.class).setParameter("done", done).setMaxResults(limit - found.size()).getResultList());
        }
        LocalDate today = deadlines.today(clock);
        return found.stream().map(f -> view(f, today)).toList();
    }

    public long overdueCount() {
        return em.createQuery("select count(f) from Feedback f where f.status in :open and f.dueOn < :today", Long.class)
                .setParameter("open", List.of(FeedbackStatus.NEW, FeedbackStatus.IN_PROGRESS))
                .setParameter("today", deadlines.today(clock)).getSingleResult();
    }

    public FeedbackCase get(long id) {
        return view(find(id), deadlines.today(clock));
    }

    /** The complaint with this id, if any (a page address may name one that does not exist). */
    public Optional<FeedbackCase> lookup(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Feedback.class, id)).map(f -> view(f, deadlines.today(clock)));
    }

    public FeedbackCase assign(long id, String staff) {
        Feedback feedback = find(id);
        feedback.assignTo(staff);
        return view(feedback, deadlines.today(clock));
    }

    public FeedbackCase note(long id, String text, Locale locale) {
        InputCheck check = new InputCheck(locale);
        String note = check.optional("note", text, Feedback.MAX_NOTE);
        check.throwIfAny();
        Feedback feedback = find(id);
        feedback.note(note);
        return view(feedback, deadlines.today(clock));
    }

    /** Records the reply and emails it to the sender when they gave an address. */
    public FeedbackCase reply(long id, String text, String staff, Locale locale) {
        InputCheck check = new InputCheck(locale);
        String reply = check.required("reply", text, Feedback.MAX_REPLY);
        check.throwIfAny();
        Feedback feedback = find(id);
        feedback.answer(reply, staff, clock.instant());
        em.flush();
        if (feedback.getEmail() != null) {
            Product product = product(feedback);
            notifications.toAddress(feedback.getEmail(), Notice.fitted("FEEDBACK_ANSWERED",
                    "Trả lời góp ý của bạn (" + FeedbackIntake.about(feedback, product) + ")",
                    "Chào " + feedback.getSenderName() + ",\n\n" + reply
                            + "\n\nCâu trả lời này cũng hiện tại đường dẫn riêng trong thư xác nhận chúng tôi đã gửi bạn.",
                    null));
        }
        return view(feedback, deadlines.today(clock));
    }

    public FeedbackCase close(long id) {
        Feedback feedback = find(id);
        feedback.close(clock.instant());
        return view(feedback, deadlines.today(clock));
    }

    private Feedback find(long id) {
        return Optional.ofNullable(em.find(Feedback.class, id)).orElseThrow(UnknownFeedback::new);
    }

    private Product product(Feedback feedback) {
        return feedback.getProductId() == null ? null : em.find(Product.class, feedback.getProductId());
    }

    private FeedbackCase view(Feedback f, LocalDate today) {
        Product product = product(f);
        return new FeedbackCase(f.getId(), f.getSubject().name(), f.getOrderCode(), product == null ? null : product.getName(),
                product == null ? null : product.getSlug(), f.getSenderName(), f.getEmail(), f.getPhone(), f.getMessage(),
                f.getStatus().name(), f.getReceivedAt(), f.getDueOn(), f.isOverdueOn(today), f.getAssignee(), f.getInternalNote(),
                f.getReply(), f.getRepliedAt(), f.getRepliedBy());
    }
}
