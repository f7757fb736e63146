package vn.dacsan.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private final ClientAddress behindNginx = new ClientAddress(List.of("127.0.0.1", "10.0.1.0/24", "fd00::/8"));

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        ClientAddress direct = new ClientAddress(List.of());
        assertThat(direct.of("203.0.113.9", "198.51.100.7")).isEqualTo("203.0.113.9");
    }

    @Test
    void aTrustedProxyNamesTheClient() {
        assertThat(behindNginx.of("127.0.0.1", "198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(behindNginx.of("10.0.1.10", "198.51.100.7, 10.0.1.11")).isEqualTo("198.51.100.7");
        assertThat(behindNginx.of("fd00::1", "2001:db8::5")).isEqualTo("2001:db8::5");
    }

    @Test
    void aClientCannotChooseItsAddressByWritingTheHeaderItself() {
        // the client sent "X-Forwarded-For: 1.2.3.4"; nginx appended the real address
        assertThat(behindNginx.of("127.0.0.1", "1.2.3.4, 198.51.100.7")).isEqualTo("198.51.100.7");
        // straight to the instance, not through a trusted proxy
        assertThat(behindNginx.of("198.51.100.7", "1.2.3.4")).isEqualTo("198.51.100.7");
    }

    @Test
    void aMissingOrGarbledHeaderLeavesTheProxysAddress() {
        assertThat(behindNginx.of("127.0.0.1", null)).isEqualTo("127.0.0.1");
        assertThat(behindNginx.of("127.0.0.1", " ")).isEqualTo("127.0.0.1");
        assertThat(behindNginx.of("127.0.0.1", "evil.example")).isEqualTo("127.0.0.1");
        assertThat(behindNginx.of("127.0.0.1", "10.0.1.12")).isEqualTo("127.0.0.1");
    }

    @Test
    void aBadSettingIsAClearError() {
        assertThatThrownBy(() -> new ClientAddress(List.of("proxy.internal")).of("127.0.0.1", "1.2.3.4"))
                .hasMessageContaining("not an IP address");
        assertThatThrownBy(() -> new ClientAddress(List.of("10.0.0.0/40")).of("127.0.0.1", "1.2.3.4"))
                .hasMessageContaining("prefix");
    }
}
