package vn.dacsan.department.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitViewTest {

    @Test
    void blankLinesSeparateParagraphsAndMarkupStaysText() {
        assertThat(UnitView.split("Một\r\n\r\n  <b>Hai</b>\nvẫn hai\n \n\n")).containsExactly("Một", "<b>Hai</b>\nvẫn hai");
        assertThat(UnitView.split(null)).isEmpty();
    }
}
