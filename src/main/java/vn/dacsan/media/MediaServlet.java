package vn.dacsan.media;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Serves stored files at /media/{key}, cacheable, with a safe content type. */
@WebServlet(urlPatterns = "/media/*")
public class MediaServlet extends HttpServlet {

    @Inject
    MediaStore store;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<Path> file = store.find(key);
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(MediaTypes.ofKey(key));
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.setHeader("X-Content-Type-Options", "nosniff");
        // stored SVGs are drawings; make sure a file opened directly can never run script
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        response.setContentLengthLong(Files.size(file.get()));
        Files.copy(file.get(), response.getOutputStream());
    }
}
