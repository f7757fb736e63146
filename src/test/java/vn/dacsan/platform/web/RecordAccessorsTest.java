package vn.dacsan.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

public class RecordAccessorsTest {

    public record Card(String slug, long priceVnd) {

        public String label(String prefix) {
            return prefix + slug;
        }
    }

    record Hidden(String slug) {
    }

    public record Faulty(String slug) {
        @Override
        public String slug() {
            throw new IllegalStateException("cannot read " + slug);
        }
    }

    private final RecordAccessors resolver = new RecordAccessors();

    @Test
    void callsARecordsAccessorAndSaysItResolvedTheCall() {
        ELContext context = new Context();
        assertThat(resolver.invoke(context, new Card("keo-dua", 45_000), "slug", null, new Object[0])).isEqualTo("keo-dua");
        assertThat(context.isPropertyResolved()).isTrue();
        ELContext again = new Context();
        assertThat(resolver.invoke(again, new Card("keo-dua", 45_000), "priceVnd", new Class<?>[0], null)).isEqualTo(45_000L);
        assertThat(again.isPropertyResolved()).isTrue();
    }

    @Test
    void leavesEverythingElseToTheStandardResolvers() {
        ELContext context = new Context();
        assertThat(resolver.invoke(context, new Card("keo-dua", 1), "label", new Class<?>[] {String.class}, new Object[] {"x"})).isNull();
        assertThat(resolver.invoke(context, new Card("keo-dua", 1), "toString", null, new Object[0])).isNull();
        assertThat(resolver.invoke(context, "not a record", "length", null, new Object[0])).isNull();
        assertThat(resolver.invoke(context, new Hidden("keo-dua"), "slug", null, new Object[0])).isNull();
        assertThat(resolver.invoke(context, null, "slug", null, new Object[0])).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
    }

    @Test
    void aFailingAccessorIsReportedAsAnElError() {
        assertThatThrownBy(() -> resolver.invoke(new Context(), new Faulty("x"), "slug", null, new Object[0]))
                .isInstanceOf(ELException.class)
                .hasRootCauseMessage("cannot read x");
    }

    private static final class Context extends ELContext {
        @Override
        public ELResolver getELResolver() {
            return null;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    }
}
