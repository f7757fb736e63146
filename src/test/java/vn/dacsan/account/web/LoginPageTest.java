package vn.dacsan.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoginPageTest {

    @ParameterizedTest
    @ValueSource(strings = {"/ban-hang/", "/quan-ly/", "/san-pham/keo-dua-sua?lang=en"})
    void afterLoginItGoesBackToPagesOnThisSite(String next) {
        assertThat(LoginPage.isLocalPath(next)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/", "/\\evil.example", "https://evil.example/", "evil", "/ban-hang/\r\nSet-Cookie: x=1",
            "/dang-nhap?next=/"})
    void neverToAnotherSiteOrBackToTheLoginPage(String next) {
        assertThat(LoginPage.isLocalPath(next)).isFalse();
    }
}
