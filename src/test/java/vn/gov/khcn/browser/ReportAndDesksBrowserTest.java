package vn.gov.khcn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.gov.khcn.reporting.ReportStatus;
import vn.gov.khcn.reporting.internal.PdfConverter;
import vn.gov.khcn.security.AccessMatrixTest;
import vn.gov.khcn.signing.TestCertificates;
import vn.gov.khcn.testing.DatabaseInitializers;

/**
 * Journeys through a real (headless) browser on the demo data, as the department's people see them: the seed's
 * nine-months report of September 2021 from draft to a signed, numbered, registered PDF; a unit's desk; the viewer
 * who sees nothing to change. On a database of its own (the report is issued for good) with a test CA's key for
 * signing. With KHCN_SCREENSHOTS=1 (or -Dkhcn.screenshots=true) the journeys also write docs/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = DatabaseInitializers.IsolatedH2.class)
class ReportAndDesksBrowserTest {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String DRIVER = "/usr/bin/chromedriver";
    private static final boolean REQUIRED = "required".equals(System.getenv("KHCN_BROWSER_TESTS"));
    private static final boolean SCREENSHOTS = "1".equals(System.getenv("KHCN_SCREENSHOTS")) || Boolean.getBoolean("khcn.screenshots");
    static final TestCertificates CERTS = TestCertificates.create();
    static final Path KEYS;
    static final Path TRUST;

    static {
        try {
            KEYS = Files.createTempDirectory("khcn-journey-keys");
            CERTS.pkcs12(KEYS, "mat-khau-thu");
            Files.writeString(KEYS.resolve("password"), "mat-khau-thu\n");
            TRUST = CERTS.caPem(KEYS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void signing(DynamicPropertyRegistry r) {
        r.add("khcn.signing.pkcs12", () -> KEYS.resolve("so-khcn.p12").toString());
        r.add("khcn.signing.password-file", () -> KEYS.resolve("password").toString());
        r.add("khcn.signing.trust", TRUST::toString);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    WebDriver browser;

    @BeforeEach
    void startBrowser() {
        need(new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute(),
                "Browser tests skipped: install chromium and chromium-driver (apt-get install -y chromium chromium-driver) to run them");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--lang=vi", "--hide-scrollbars");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
        browser = new ChromeDriver(service, options);
        // no implicit wait: every look-up after a click waits for the page it expects, and absent controls are seen at once
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
        browser.manage().window().setSize(new Dimension(1280, 1600));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Skips when something the journey needs is not installed here, but fails where CI requires browser tests. */
    private static void need(boolean present, String message) {
        if (present) {
            return;
        }
        if (REQUIRED) {
            Assertions.fail(message.replace("skipped", "required but not possible"));
        }
        System.out.println(message);
        Assumptions.abort(message);
    }

    WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void signIn(String username) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("login-submit")).click();
        waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    void waitForNotice(String text) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"), text));
    }

    String status() {
        return browser.findElement(By.xpath("//main/p[starts-with(normalize-space(.), 'Trạng thái:')]/strong")).getText();
    }

    WebElement button(String form, String label) {
        return browser.findElement(By.xpath("//form[" + form + "]//button[normalize-space(.)='" + label + "']"));
    }

    /** Clicks a control that posts a form, and waits for the next page (not the notice still on this one). */
    void submit(WebElement control, String notice) {
        control.click();
        waiting().until(vn.gov.khcn.testing.LeftPage.gone(control));
        waitForNotice(notice);
    }

    /** The page as it is, at the given width, into docs/screenshots/NAME-WIDTH.png (only when asked for). */
    void screenshot(String name, int width) throws Exception {
        if (!SCREENSHOTS) {
            return;
        }
        Dimension before = browser.manage().window().getSize();
        int height = ((Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight")).intValue();
        browser.manage().window().setSize(new Dimension(width, Math.min(Math.max(height, 700), 2400)));
        // the page re-flows to the new width: measure again and fit the window to it
        height = ((Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight")).intValue();
        browser.manage().window().setSize(new Dimension(width, Math.min(Math.max(height, 700), 2400)));
        Path target = Path.of("docs/screenshots/" + name + "-" + width + ".png");
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(before);
    }

    /** A file the signed-in user downloads, fetched with the browser's session. */
    byte[] download(String path) throws Exception {
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
        HttpResponse<byte[]> res = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(res.statusCode()).as("GET " + path).isEqualTo(200);
        return res.body();
    }

    @Test
    void theSeedReportGoesFromDraftThroughAReturnToASignedNumberedIssue() throws Exception {
        need(PdfConverter.soffice() != null, "Browser tests skipped: the issued report's PDF needs LibreOffice (soffice): install libreoffice-writer");

        // the office finds the seed's nine-months report among the drafts of 2021
        signIn("vanphong");
        browser.get(url("/reports?year=2021"));
        browser.findElement(By.xpath("//tr[td[2][normalize-space(.)='Báo cáo 9 tháng']]/td[1]/a[normalize-space(.)='9 tháng đầu năm 2021']")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Báo cáo 9 tháng đầu năm 2021"));
        String report = new URI(browser.getCurrentUrl()).getPath();
        assertThat(status()).isEqualTo(ReportStatus.DRAFT.label());

        // each unit's staff writes (saves) its own sections, and only those (the office may write any), and marks its own done
        List<String[]> units = List.of(new String[] {"vanphong", "Văn phòng Sở"}, new String[] {"qlkh", "Phòng Quản lý khoa học"},
                new String[] {"qlcn", "Phòng Quản lý công nghệ và Sở hữu trí tuệ"}, new String[] {"tdc", "Chi cục Tiêu chuẩn Đo lường Chất lượng"},
                new String[] {"thanhtra", "Thanh tra Sở"}, new String[] {"trungtam", "Trung tâm Ứng dụng tiến bộ KH&CN"});
        int saved = 0;
        List<String> lastOwn = List.of();
        for (int k = 0; k < units.size(); k++) {
            String username = units.get(k)[0];
            String label = units.get(k)[1];
            boolean office = username.equals("vanphong");
            signIn(username);
            browser.get(url(report));
            List<String> own = new ArrayList<>();
            for (WebElement slot : browser.findElements(By.cssSelector("div.slot"))) {
                String owner = slot.findElement(By.cssSelector("label > span")).getText();
                boolean editable = !slot.findElements(By.cssSelector("form[action$='/narratives'] button[type=submit]")).isEmpty();
                boolean markable = !slot.findElements(By.cssSelector("form.section-mark button")).isEmpty();
                assertThat(editable).as(username + " may write " + slot.getAttribute("id") + " of " + owner).isEqualTo(office || owner.equals(label));
                assertThat(markable).as(username + " may mark " + slot.getAttribute("id") + " of " + owner + " done").isEqualTo(owner.equals(label));
                if (owner.equals(label)) {
                    own.add(slot.getAttribute("id"));
                }
            }
            for (String id : own) {
                submit(browser.findElement(By.cssSelector("#" + id + " form[action$='/narratives'] button[type=submit]")), "Đã lưu mục");
                saved++;
            }
            boolean last = k == units.size() - 1;
            if (last) {
                lastOwn = own;
                break; // the centre marks its sections done only after the office is refused
            }
            markDone(own);
        }
        assertThat(saved).as("sections the units saved").isPositive();
        assertThat(lastOwn).as("the centre's sections").isNotEmpty();

        // the office may not submit while the centre's sections are not marked done: the refusal names and links each
        signIn("vanphong");
        browser.get(url(report));
        WebElement send = button("input[@name='to' and @value='SUBMITTED']", "Trình duyệt");
        send.click();
        waiting().until(vn.gov.khcn.testing.LeftPage.gone(send));
        WebElement refusal = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//main/p[@class='error'][starts-with(normalize-space(.), 'Chưa trình được')]")));
        assertThat(refusal.getText()).contains("chưa được đơn vị viết đánh dấu \"Đã xong\"").contains("– Trung tâm Ứng dụng tiến bộ KH&CN")
                .doesNotContain("– Phòng Quản lý khoa học").doesNotContain("slot-");
        assertThat(status()).isEqualTo(ReportStatus.DRAFT.label());
        for (String id : lastOwn) {
            assertThat(browser.findElements(By.cssSelector("ul#refused-open a[href='#" + id + "']"))).as("the refusal links " + id).hasSize(1);
            assertThat(browser.findElements(By.cssSelector("#open-sections a[href='#" + id + "']"))).as("the open sections list " + id).hasSize(1);
        }
        screenshot("report-sections-open", 1366);

        // the centre marks its sections done; nothing is open any more
        signIn("trungtam");
        browser.get(url(report));
        markDone(lastOwn);
        assertThat(browser.findElements(By.cssSelector("#open-sections"))).isEmpty();

        // the office submits; the director returns it with a reason
        signIn("vanphong");
        browser.get(url(report));
        submit(button("input[@name='to' and @value='SUBMITTED']", "Trình duyệt"), ReportStatus.SUBMITTED.label());
        String reason = "Đề nghị bổ sung số liệu đo lường tháng 9 (trả lại khi kiểm thử)";
        signIn("giamdoc");
        openFromApprovalQueue(report);
        browser.findElement(By.cssSelector("form#return textarea[name=reason]")).sendKeys(reason);
        submit(button("@id='return'", "Trả lại dự thảo"), ReportStatus.DRAFT.label());

        // the office sees why, on the report and in its history, and submits again
        signIn("vanphong");
        browser.get(url(report));
        assertThat(status()).isEqualTo(ReportStatus.DRAFT.label());
        assertThat(browser.findElement(By.xpath("//p[@class='error'][starts-with(normalize-space(.), 'Báo cáo đã bị trả lại')]")).getText()).contains(reason);
        assertThat(browser.findElement(By.cssSelector("section.history")).getText()).contains(reason);
        screenshot("report-returned", 1366);
        submit(button("input[@name='to' and @value='SUBMITTED']", "Trình duyệt"), ReportStatus.SUBMITTED.label());

        // the director approves it from the home page's queue
        signIn("giamdoc");
        browser.get(url("/"));
        screenshot("home-director", 1366);
        screenshot("home-director", 400);
        openFromApprovalQueue(report);
        submit(button("input[@name='to' and @value='APPROVED']", "Duyệt"), ReportStatus.APPROVED.label());
        browser.get(url("/"));
        assertThat(browser.findElements(By.cssSelector("#approve a[href='" + report + "']"))).isEmpty();

        // the office issues it, ticking the confirmation first; it takes the outgoing register's next number of 2021
        int next = 1 + Math.max(
                jdbc.sql("select coalesce(max(last_number), 0) from outgoing_number where issue_year = 2021").query(Integer.class).single(),
                jdbc.sql("select coalesce(max(number), 0) from document where outgoing = true and extract(year from issued_on) = 2021")
                        .query(Integer.class).single());
        signIn("vanphong");
        browser.get(url(report));
        WebElement confirm = browser.findElement(By.cssSelector("form#issue input[name=confirm]"));
        assertThat(confirm.getAttribute("required")).isNotNull();
        button("@id='issue'", "Ban hành (cấp số, chốt số liệu)").click();
        assertThat(status()).as("not issued without the confirmation").isEqualTo(ReportStatus.APPROVED.label());
        confirm = browser.findElement(By.cssSelector("form#issue input[name=confirm]"));
        confirm.click();
        submit(button("@id='issue'", "Ban hành (cấp số, chốt số liệu)"), ReportStatus.ISSUED.label());
        assertThat(status()).isEqualTo(ReportStatus.ISSUED.label());

        // numbered from the outgoing register, two digits at least, and filed in the document register
        Matcher m = Pattern.compile("Số (\\d+/BC-SKH&CN)").matcher(browser.findElement(By.xpath("//main/p[starts-with(normalize-space(.), 'Trạng thái:')]")).getText());
        assertThat(m.find()).as("the issued report's number").isTrue();
        String number = m.group(1);
        assertThat(number).matches("\\d{2,}/BC-SKH&CN").isEqualTo(String.format("%02d/BC-SKH&CN", next));
        WebElement filed = browser.findElement(By.xpath("//main/p[starts-with(normalize-space(.), 'Sổ văn bản:')]/a"));
        assertThat(filed.getText()).contains(number);
        screenshot("report-issued", 1366);
        String document = new URI(filed.getAttribute("href")).getPath();
        browser.get(url("/documents?q=" + java.net.URLEncoder.encode(number, StandardCharsets.UTF_8)));
        WebElement entry = browser.findElement(By.xpath("//table//td[1]/a[normalize-space(.)='" + number + "']"));
        assertThat(new URI(entry.getAttribute("href")).getPath()).isEqualTo(document);

        // its issued PDF is signed, and verifies on the app's own page and with poppler's pdfsig
        byte[] pdf = download(report + "/download.pdf");
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        Path file = Files.createTempFile("bao-cao-9-thang-2021-", ".pdf");
        try {
            Files.write(file, pdf);
            browser.get(url("/signatures/verify"));
            browser.findElement(By.cssSelector("input[type=file][name=file]")).sendKeys(file.toString());
                WebElement check = browser.findElement(By.xpath("//form[@enctype='multipart/form-data']//button"));
            check.click();
            waiting().until(vn.gov.khcn.testing.LeftPage.gone(check));
            waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main section h2")));
            assertThat(browser.findElement(By.cssSelector("main section p")).getText()).isEqualTo("Chữ ký số hợp lệ.");
            assertThat(browser.findElement(By.cssSelector("main section ul")).getText()).contains(TestCertificates.SIGNER);
            if (new File("/usr/bin/pdfsig").canExecute()) {
                Process p = new ProcessBuilder("/usr/bin/pdfsig", file.toString()).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(out).contains("Signature is Valid", TestCertificates.SIGNER);
            } else {
                System.out.println("pdfsig (poppler-utils) is not installed: the poppler check of the issued report is skipped");
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The signed-in unit marks each of these sections ("slot-…") done, one page at a time. */
    private void markDone(List<String> slots) {
        for (String id : slots) {
            WebElement mark = browser.findElement(By.cssSelector("#" + id + " form.section-mark button"));
            assertThat(mark.getText()).isEqualTo("Đánh dấu đã xong");
            submit(mark, "Đã đánh dấu xong mục");
            assertThat(browser.findElement(By.cssSelector("#" + id + " p.section-done")).getText()).startsWith("Đã xong");
        }
    }

    private void openFromApprovalQueue(String report) {
        browser.get(url("/"));
        browser.findElement(By.cssSelector("#approve a[href='" + report + "']")).click();
        waiting().until(ExpectedConditions.urlToBe(url(report)));
        assertThat(status()).isEqualTo(ReportStatus.SUBMITTED.label());
    }

    @Test
    void aUnitSeesItsExpiredLicenceOnTheHomePageAndOpensIt() throws Exception {
        // the unit that keeps the radiation licences (Phòng Quản lý công nghệ và Sở hữu trí tuệ in the demo)
        signIn("qlcn");
        browser.get(url("/"));
        screenshot("home-unit", 400);
        screenshot("home-unit", 1366);
        WebElement late = browser.findElement(By.cssSelector("section#due-licences li.late a"));
        assertThat(late.getText()).startsWith("Giấy phép ");
        String title = late.getText();
        String href = new URI(late.getAttribute("href")).getPath();
        assertThat(late.findElement(By.xpath("..")).getText()).contains("quá hạn");
        late.click();
        waiting().until(ExpectedConditions.urlContains(href));
        assertThat(new URI(browser.getCurrentUrl()).getPath()).isEqualTo(href);
        // the record the item names (a licence's, an instrument's number, a task's code) is on the page it opens
        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
        assertThat(browser.getPageSource()).contains(title.split(" — ")[0].replaceFirst("^Giấy phép ", ""));
        assertThat(browser.findElements(By.cssSelector("p.error"))).isEmpty();
    }

    @Test
    void theViewerWalksTheMenuAndRegistersAndSeesNoWriteControl() throws Exception {
        Map<String, AccessMatrixTest.Row> matrix = AccessMatrixTest.matrix();
        signIn("xem");
        browser.get(url("/registers"));
        Set<String> pages = new LinkedHashSet<>();
        pages.add("/");
        pages.addAll(links("header"));
        pages.addAll(links("main"));
        pages.removeIf(p -> p.startsWith("/exchange/export") || p.contains("export="));
        assertThat(pages).hasSizeGreaterThan(10);
        List<String> shown = new ArrayList<>();
        for (String page : pages) {
            browser.get(url(page));
            assertThat(browser.findElements(By.tagName("main"))).as(page).isNotEmpty();
            @SuppressWarnings("unchecked")
            List<String> posts = (List<String>) ((JavascriptExecutor) browser).executeScript(
                    "return Array.from(document.querySelectorAll('main form')).filter(f => f.method.toLowerCase() === 'post')"
                            + ".map(f => new URL(f.action).pathname)");
            for (String action : posts) {
                if (!allowed(matrix, "POST", action)) {
                    shown.add(page + ": a form posting to " + action);
                }
            }
            for (String link : links("body")) {
                if (!allowed(matrix, "GET", link)) {
                    shown.add(page + ": a link to " + link);
                }
            }
        }
        assertThat(shown).as("write controls the viewer sees on " + pages.size() + " pages").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<String> links(String within) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0] + ' a[href]')).map(a => new URL(a.href))"
                        + ".filter(u => u.host === location.host).map(u => u.pathname + u.search)", within);
    }

    /** Does the access matrix let the viewer make this request (by the most specific route that matches it)? */
    private static boolean allowed(Map<String, AccessMatrixTest.Row> matrix, String method, String target) {
        String path = target.replaceAll("[?#].*", "");
        AccessMatrixTest.Row best = null;
        int variables = Integer.MAX_VALUE;
        for (AccessMatrixTest.Row row : matrix.values()) {
            if (!row.method().equals(method)) {
                continue;
            }
            String regex = Pattern.quote(row.path()).replace("/**", "\\E(/.*)?\\Q").replaceAll("\\{[^}]*}", "\\\\E[^/]+\\\\Q");
            if (path.matches(regex)) {
                int n = row.path().split("\\{", -1).length;
                if (n < variables) {
                    best = row;
                    variables = n;
                }
            }
        }
        return best == null || best.allowed().get("VIEWER");
    }

    @Test
    void everyonesHomePageAndTheCalendarFitAPhoneScreen() throws Exception {
        Map<String, String> homes = new java.util.LinkedHashMap<>();
        homes.put("admin", "home-admin");
        homes.put("giamdoc", null); // the journey shows the director's home with a report to approve
        homes.put("vanphong", "home-office");
        homes.put("qlkh", null); // a unit's home: the overdue journey shows it
        homes.put("trungtam", "home-centre");
        homes.put("xem", "home-viewer");
        List<String> wide = new ArrayList<>();
        for (var home : homes.entrySet()) {
            signIn(home.getKey());
            for (String page : List.of("/", "/calendar", "/?year=2021")) {
                browser.manage().window().setSize(new Dimension(400, 900));
                browser.get(url(page));
                assertThat(browser.findElements(By.cssSelector("p.error"))).as(home.getKey() + " on " + page).isEmpty();
                // the menu folds behind its button, and nothing is wider than the screen
                assertThat(browser.findElement(By.id("menu")).isDisplayed()).as("menu folded at 400 px").isFalse();
                Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                if (overflow.intValue() > 0) {
                    wide.add(home.getKey() + " " + page + ": " + overflow + " px too wide");
                }
            }
            if (home.getValue() != null) {
                browser.get(url("/"));
                screenshot(home.getValue(), 400);
                screenshot(home.getValue(), 1366);
            }
            if (home.getKey().equals("vanphong")) {
                browser.get(url("/calendar"));
                screenshot("calendar", 400);
                screenshot("calendar", 1366);
                browser.get(url("/?year=2021"));
                screenshot("chart", 400);
                screenshot("chart", 1366);
            }
        }
        assertThat(wide).as("pages wider than a 400 px screen").isEmpty();
    }
}
