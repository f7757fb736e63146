package vn.dacsan.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/**
 * Whether a state-changing request comes from this site's own pages. Browsers name the page
 * that posts (Origin, else Referer); a form on another site riding on the shopper's cookies is
 * refused. A request naming no page at all is not a browser's form post, so it passes.
 */
public final class RequestOrigin {

    private RequestOrigin() {
    }

    public static boolean fromThisSite(HttpServletRequest request) {
        String named = request.getHeader("Origin");
        if (named == null || named.equals("null")) {
            named = request.getHeader("Referer");
        }
        if (named == null) {
            return request.getHeader("Origin") == null;
        }
        try {
            String host = URI.create(named.strip()).getHost();
            return host != null && host.equalsIgnoreCase(request.getServerName());
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
