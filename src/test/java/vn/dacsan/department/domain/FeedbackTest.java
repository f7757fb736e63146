package vn.dacsan.department.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FeedbackTest {

    private static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");

    private static Feedback received() {
        return new Feedback("hash", FeedbackSubject.GENERAL, null, null, null, "An", "an@example.vn", null,
                "Trang web rất chậm.", NOW, LocalDate.of(2026, 12, 4));
    }

    @Test
    void takenAnsweredThenClosedAndNothingAfterClosing() {
        Feedback feedback = received();
        assertThat(feedback.getStatus()).isEqualTo(FeedbackStatus.NEW);
        feedback.assignTo("ha@sct.gov.vn");
        assertThat(feedback.getStatus()).isEqualTo(FeedbackStatus.IN_PROGRESS);
        feedback.answer("Đã chuyển bộ phận kỹ thuật.", "minh@sct.gov.vn", NOW);
        assertThat(feedback.getStatus()).isEqualTo(FeedbackStatus.ANSWERED);
        assertThat(feedback.getAssignee()).isEqualTo("ha@sct.gov.vn");
        feedback.close(NOW);
        assertThatThrownBy(() -> feedback.answer("Thêm", "ha@sct.gov.vn", NOW)).isInstanceOf(FeedbackStateException.class);
        assertThatThrownBy(() -> feedback.assignTo("ha@sct.gov.vn")).isInstanceOf(FeedbackStateException.class);
    }

    @Test
    void overdueOnlyWhileOpenAndAfterTheDueDay() {
        Feedback feedback = received();
        assertThat(feedback.isOverdueOn(LocalDate.of(2026, 12, 4))).isFalse();
        assertThat(feedback.isOverdueOn(LocalDate.of(2026, 12, 5))).isTrue();
        feedback.answer("Đã xử lý.", "ha@sct.gov.vn", NOW);
        assertThat(feedback.isOverdueOn(LocalDate.of(2026, 12, 5))).isFalse();
    }

    @Test
    void tokensAreLongRandomAndStoredOnlyAsAHash() {
        Set<String> tokens = new HashSet<>();
        IntStream.range(0, 1000).forEach(i -> tokens.add(FeedbackToken.create()));
        assertThat(tokens).hasSize(1000).allMatch(FeedbackToken::isWellFormed);
        String token = tokens.iterator().next();
        assertThat(FeedbackToken.hash(token)).hasSize(64).isEqualTo(FeedbackToken.hash(token)).doesNotContain(token);
        assertThat(FeedbackToken.isWellFormed("short")).isFalse();
        assertThat(FeedbackToken.isWellFormed("<script>alert(1)</script>")).isFalse();
    }
}
