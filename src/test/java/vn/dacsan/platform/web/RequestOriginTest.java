package vn.dacsan.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestOriginTest {

    @ParameterizedTest(name = "Origin={0} Referer={1} -> {2}")
    @CsvSource(nullValues = "-", value = {
            "https://dacsan.example,-,true", "-,https://dacsan.example/san-pham/keo-dua,true", "-,-,true",
            "https://evil.example,-,false", "-,https://evil.example/form,false", "null,-,false",
            "https://dacsan.example.evil.example,-,false", "not a url,-,false"})
    void onlyThisSitesPagesMayPost(String origin, String referer, boolean allowed) {
        assertThat(RequestOrigin.fromThisSite(request("dacsan.example", origin, referer))).isEqualTo(allowed);
    }

    private static HttpServletRequest request(String serverName, String origin, String referer) {
        Map<String, String> headers = new java.util.HashMap<>();
        if (origin != null) {
            headers.put("Origin", origin);
        }
        if (referer != null) {
            headers.put("Referer", referer);
        }
        return (HttpServletRequest) Proxy.newProxyInstance(RequestOriginTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> headers.get((String) args[0]);
                    case "getServerName" -> serverName;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
