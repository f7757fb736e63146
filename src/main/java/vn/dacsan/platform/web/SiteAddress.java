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
        Optional<String> base = configuredBase();
        if (base.isPresent()) {
            return base.get();
        }
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(request.getScheme()) && port == 80) || ("https".equals(request.getScheme()) && port == 443);
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }

    /** The configured public address without a trailing slash, for work done outside a request (emails). */
    public Optional<String> configuredBase() {
        return configured.map(String::strip).filter(url -> !url.isEmpty())
                .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    public String absolute(HttpServletRequest request, String path) {
        return base(request) + path;
    }
}
