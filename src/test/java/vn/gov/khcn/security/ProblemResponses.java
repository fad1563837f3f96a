package vn.gov.khcn.security;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every error answer of an {@code /api/**} request must be: RFC 9457 {@code application/problem+json} whose
 * {@code status} is the answer's, whose {@code type} is one of the documented kinds (docs/api-errors.md) and whose
 * {@code detail} is Vietnamese. Used by the access matrix and the bad-input corpus on every answer they get.
 */
final class ProblemResponses {
    static final String VIETNAMESE = "(?s).*[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùýĂÂĐÊÔƠƯ].*";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponses() {
    }

    /** Null when the answer is fine (not an error, or a proper problem detail), else what is wrong with it. */
    static String check(String request, String url, MockHttpServletResponse res) throws Exception {
        if (!url.startsWith("/api/") || res.getStatus() < 400) {
            return null;
        }
        String type = res.getContentType();
        if (type == null || !MediaType.parseMediaType(type).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)) {
            return request + " → " + res.getStatus() + " as " + type + ", not application/problem+json";
        }
        JsonNode p;
        try {
            p = JSON.readTree(res.getContentAsString());
        } catch (RuntimeException e) {
            return request + " → " + res.getStatus() + ": body is not JSON";
        }
        if (p.path("status").asInt() != res.getStatus()) {
            return request + " → " + res.getStatus() + ": problem says status " + p.path("status");
        }
        if (!p.path("type").asString("").startsWith(vn.gov.khcn.shared.web.ProblemType.PREFIX)) {
            return request + " → " + res.getStatus() + ": type " + p.path("type") + " is not a documented kind";
        }
        String detail = p.path("detail").asString("");
        if (!detail.matches(VIETNAMESE) || detail.contains("Exception")) {
            return request + " → " + res.getStatus() + ": detail not Vietnamese: " + detail;
        }
        return null;
    }
}
