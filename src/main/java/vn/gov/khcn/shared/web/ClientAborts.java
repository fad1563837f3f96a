package vn.gov.khcn.shared.web;

import java.io.IOException;
import java.util.Locale;

/**
 * A client that closed its connection before the answer was written (a browser tab closed during a download, a
 * script stopped): nothing is wrong on the server and nobody is left to answer. Logged in one line at INFO, without a
 * stack trace, instead of as an unexpected error.
 */
public final class ClientAborts {
    private ClientAborts() {
    }

    /** Whether the failure, or one of its causes, is the client going away. */
    public static boolean is(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getName();
            if (name.equals("org.apache.catalina.connector.ClientAbortException")
                    || name.equals("org.springframework.web.context.request.async.AsyncRequestNotUsableException")) {
                return true;
            }
            if (t instanceof IOException && t.getMessage() != null) {
                String m = t.getMessage().toLowerCase(Locale.ROOT);
                if (m.contains("broken pipe") || m.contains("connection reset by peer")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The one line the log gets: the method, the route (never its values or query) and the reason. */
    public static String line(jakarta.servlet.http.HttpServletRequest r, Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "Client closed the connection during " + r.getMethod() + " " + RequestLog.route(r) + " (" + root.getClass().getSimpleName()
                + (root.getMessage() == null ? "" : ": " + root.getMessage()) + ")";
    }
}
