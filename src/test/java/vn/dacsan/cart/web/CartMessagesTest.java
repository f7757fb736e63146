package vn.dacsan.cart.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dacsan.cart.domain.CartChange;
import vn.dacsan.cart.domain.CartRefusal;

/** Every refusal and every held-back quantity has a message in Vietnamese and in English. */
class CartMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void everyCartMessageExistsAndFormats(String language) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag(language));
        Stream.of(CartRefusal.Reason.values()).map(r -> CartNotice.refused(new CartRefusal(r, 1)))
                .forEach(notice -> assertThat(bundle.containsKey(notice.key())).as(notice.key()).isTrue());
        for (CartChange.Limit limit : CartChange.Limit.values()) {
            CartNotice notice = CartNotice.added(new CartChange(1, "Kẹo dừa", "hộp", 12, limit == CartChange.Limit.NONE ? 12 : 6, limit));
            String text = MessageFormat.format(bundle.getString(notice.key()), notice.args().toArray());
            assertThat(text).contains("Kẹo dừa").doesNotContain("{");
            assertThat(notice.problem()).isEqualTo(limit != CartChange.Limit.NONE);
        }
    }
}
