package vn.gov.khcn.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import vn.gov.khcn.testing.OnH2WithServer;

/**
 * The same edges through the real web server (Tomcat), where the container's error forward, request size limits
 * and forwarded headers actually happen: every answer Vietnamese, problem details for the API.
 */
@OnH2WithServer
// the server reads a refused body to its end, so that the client always gets the answer (not a closed connection)
@TestPropertySource(properties = "server.tomcat.max-swallow-size=-1")
class WebEdgesOnServerTest {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    @LocalServerPort
    int port;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new CookieManager()).build();

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest r) throws Exception {
        return http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void unknownAddressesAndTheErrorAddressAnswerInVietnamese() throws Exception {
        HttpResponse<String> error = send(request("/error").header("Accept", "application/json").build());
        assertThat(error.statusCode()).isEqualTo(404);
        assertThat(error.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(error.body()).contains("\"detail\":\"Địa chỉ bạn tìm không có trong hệ thống.\"");

        HttpResponse<String> api = send(request("/api/khong-co-dia-chi-nay").header("Authorization", basic("xem")).build());
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(api.body()).contains("\"title\":\"Không tìm thấy\"").doesNotContain("Not Found");

        HttpResponse<String> page = send(request("/khong-co-trang-nay").header("Authorization", basic("xem")).header("Accept", "text/html").build());
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<h1>Không tìm thấy</h1>").doesNotContain("Not Found");
        System.out.println("Errors through the server: /error " + error.statusCode() + ", unknown API address " + api.statusCode()
                + " (problem+json), unknown page " + page.statusCode() + " (Vietnamese page)");
    }

    @Test
    void aTooLargeJsonBodyIsRefusedWith413InVietnameseWithOrWithoutALength() throws Exception {
        String big = "{\"name\":\"" + "x".repeat(3 * 1024 * 1024) + "\",\"kind\":\"ENTERPRISE\"}";
        HttpResponse<String> sized = send(request("/api/organisations").header("Authorization", basic("vanphong"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(big)).build());
        HttpResponse<String> chunked = send(request("/api/organisations").header("Authorization", basic("vanphong"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))).build());
        System.out.println("JSON body of 3 MB: " + sized.statusCode() + " with Content-Length, " + chunked.statusCode() + " chunked");
        for (HttpResponse<String> r : java.util.List.of(sized, chunked)) {
            assertThat(r.statusCode()).isEqualTo(413);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(r.body()).contains("vượt quá giới hạn 2 MB");
        }
    }

    @Test
    void anUploadOverTheLimitIsRefusedWith413InVietnamese() throws Exception {
        // sign in through the form, as a browser does, and take the page's CSRF token
        Matcher m = CSRF.matcher(send(request("/login").build()).body());
        assertThat(m.find()).isTrue();
        String form = "username=vanphong&password=demo&_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        assertThat(send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build()).statusCode()).isEqualTo(302);
        Matcher token = CSRF.matcher(send(request("/exchange").build()).body());
        assertThat(token.find()).isTrue();

        String boundary = "ranh-gioi-khcn";
        // the CSRF token as the page's form sends it: a field of the upload itself
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token.group(1) + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lon.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = send(request("/exchange/import").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofByteArray(new byte[26 * 1024 * 1024]), HttpRequest.BodyPublishers.ofByteArray(tail))).build());
        System.out.println("Upload of 26 MB: " + r.statusCode());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("Dữ liệu gửi lên quá lớn").contains("vượt quá giới hạn 20 MB");
    }

    @Test
    void forwardedHeadersFromAClientChangeNoRedirect() throws Exception {
        HttpResponse<String> r = send(request("/tasks").header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", "6.6.6.6").build());
        assertThat(r.statusCode()).isEqualTo(302);
        String location = r.headers().firstValue("Location").orElseThrow();
        System.out.println("Spoofed X-Forwarded-Host from a client: Location " + location);
        assertThat(location).doesNotContain("evil.example").doesNotStartWith("https:");
    }
}
