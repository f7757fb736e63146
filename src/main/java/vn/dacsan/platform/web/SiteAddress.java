package vn.dacsan.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Absolute addresses for canonical links, JSON-LD and the sitemap (dacsan.site.url, or the request's). */
@ApplicationScoped
public class SiteAddress {

    @Inject
    @ConfigProperty(name = "dacsan.site.url")
    Optional<String> configured;

    public String base(HttpServletRequest request) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            String url = configured.get();
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(request.getScheme()) && port == 80) || ("https".equals(request.getScheme()) && port == 443);
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }

    public String absolute(HttpServletRequest request, String path) {
        return base(request) + path;
    }
}
