package vn.gov.khcn.reliability;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like client of a running server: its own cookies (so its own signed-in session), redirects not followed. */
public final class WebSession {
    /** No request waits longer for its answer: a load stops by itself even if the server hangs. */
    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    public final HttpClient http;
    private final String base;

    public WebSession(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Signs in through the login form (the demo accounts' password is "demo"); fails unless the server sends the user on. */
    public static WebSession signIn(String base, String username, String password) throws Exception {
        WebSession s = new WebSession(base);
        HttpResponse<String> r = s.postForm("/login", Map.of("username", username, "password", password, "_csrf", s.csrf("/login")));
        if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("/login")) {
            throw new IllegalStateException("login failed for " + username + ": " + r.statusCode());
        }
        return s;
    }

    public URI uri(String path) {
        return URI.create(base + path);
    }

    /** The page's body, whatever its status. */
    public String get(String path) throws Exception {
        return send(path).body();
    }

    public HttpResponse<String> send(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token of the page's form. */
    public String csrf(String page) throws Exception {
        Matcher m = CSRF.matcher(get(page));
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on " + page);
        }
        return m.group(1);
    }

    public HttpRequest form(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) throws Exception {
        return http.send(form(path, fields), HttpResponse.BodyHandlers.ofString());
    }
}
