package vn.dacsan.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VndTest {

    @Test
    void formatsWholeDongTheVietnameseWay() {
        assertThat(Vnd.format(150_000)).isEqualTo("150.000\u00a0₫");
        assertThat(Vnd.format(1_250_000)).isEqualTo("1.250.000\u00a0₫");
        assertThat(Vnd.format(0)).isEqualTo("0\u00a0₫");
        assertThat(Vnd.format(999)).isEqualTo("999\u00a0₫");
        assertThat(Vnd.format(1_000)).isEqualTo("1.000\u00a0₫");
        assertThat(Vnd.format(-45_000)).isEqualTo("-45.000\u00a0₫");
        assertThat(Vnd.format(Long.MIN_VALUE)).isEqualTo("-9.223.372.036.854.775.808\u00a0₫");
    }
}
