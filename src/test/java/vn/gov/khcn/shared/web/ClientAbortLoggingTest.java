package vn.gov.khcn.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

/**
 * A client that went away (closed tab, stopped script) is one line in the log, not an ERROR with a stack trace; any
 * other failure stays an error.
 */
@ExtendWith(OutputCaptureExtension.class)
class ClientAbortLoggingTest {
    @Test
    void theClientGoingAwayIsRecognisedThroughItsCauses() {
        assertThat(ClientAborts.is(new ClientAbortException(new IOException("Broken pipe")))).isTrue();
        assertThat(ClientAborts.is(new AsyncRequestNotUsableException("Response not usable after response errors."))).isTrue();
        assertThat(ClientAborts.is(new RuntimeException("writing the export", new IOException("Connection reset by peer")))).isTrue();
        assertThat(ClientAborts.is(new IllegalStateException("Broken pipe"))).as("not an I/O failure").isFalse();
        assertThat(ClientAborts.is(new IOException("No space left on device"))).isFalse();
        assertThat(ClientAborts.is(new RuntimeException(new IllegalArgumentException()))).isFalse();
    }

    @Test
    void theApiAndThePagesLogItInOneLineAndAnswerNothing(CapturedOutput output) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/reports/12/document.pdf");
        request.setAttribute(org.springframework.web.servlet.HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, "/api/reports/{id}/document.{format}");
        Exception gone = new ClientAbortException(new IOException("Broken pipe"));
        assertThat(new ApiErrors().unexpected(gone, request)).isNull();
        assertThat(new PageErrors().unexpected(gone, request, new org.springframework.mock.web.MockHttpServletResponse())).isNull();
        String log = output.getOut();
        assertThat(log).contains(" INFO ").contains("Client closed the connection during GET /api/reports/{id}/document.{format} (IOException: Broken pipe)")
                .doesNotContain("ERROR").doesNotContain("\tat ").doesNotContain("/api/reports/12/");

        assertThat(new ApiErrors().unexpected(new IllegalStateException("bug"), request)).isNotNull();
        assertThat(output.getOut()).contains("ERROR").contains("Unexpected error on GET /api/reports/{id}/document.{format}");
    }
}
