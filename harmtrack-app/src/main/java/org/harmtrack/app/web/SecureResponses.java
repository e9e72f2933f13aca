package org.harmtrack.app.web;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * What every answer of the server carries, whoever writes it: security headers (a content policy the page itself
 * satisfies: its scripts, styles, map data and fonts are its own), and for errors the server raises before any
 * route runs (a malformed request line, a header or address too long) the same JSON body as the API's own errors,
 * {@code {"status": 414, "error": "..."}}. Immutable and thread-safe.
 */
final class SecureResponses {
    /**
     * The page loads only its own scripts; Leaflet positions map panes with inline style attributes, hence
     * 'unsafe-inline' for styles only; map tiles and markers may be data: or blob: images.
     */
    static final String CONTENT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** The security headers, by name. */
    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_POLICY,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer");

    private SecureResponses() {
    }

    /** The JSON body of an error. */
    static String errorJson(int status, String message) {
        return JsonNodeFactory.instance.objectNode().put("status", status)
                .put("error", message == null || message.isBlank() ? "error" : message).toString();
    }

    /** Jetty's own error answers, as JSON with the security headers. */
    static final class JsonErrors extends ErrorHandler {
        @Override
        protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                        Callback callback) {
            HttpFields.Mutable headers = response.getHeaders();
            HEADERS.forEach(headers::put);
            headers.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
            response.write(true, ByteBuffer.wrap(errorJson(code, message).getBytes(StandardCharsets.UTF_8)), callback);
        }

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            HEADERS.forEach(fields::put);
            fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
            return ByteBuffer.wrap(errorJson(status, reason).getBytes(StandardCharsets.UTF_8));
        }
    }
}
