package vn.gov.khcn.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import vn.gov.khcn.identity.DepartmentUnits;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.testing.DatabaseInitializers;

/**
 * A new department adopts KHCN through the web pages only, as its administrator would: the application started as
 * {@code khcn serve} starts on an empty database (no demo: the first administrator's password printed once), the first
 * sign-in led to the set-up page, a report refused while the set-up is incomplete, then Bình Lam's settings (a two-line
 * signer title), its own unit, its own vocabulary entries, its spreadsheets on the import page, and its monthly and year
 * reports from the report pages, checked as the command line's adoption checks them ({@link BinhLamReports}). With
 * KHCN_SCREENSHOTS=1 (or -Dkhcn.screenshots=true) it writes the set-up, units, vocabulary and import pages at 1366 and
 * 400 px into docs/screenshots/; at 400 px none of them is wider than the screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "khcn.startup.serve=true")
@ContextConfiguration(initializers = {DatabaseInitializers.FirstStartH2.class, InventedProvinceBrowserTest.StartupOutput.class})
@DirtiesContext
class InventedProvinceBrowserTest {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String DRIVER = "/usr/bin/chromedriver";
    private static final boolean REQUIRED = "required".equals(System.getenv("KHCN_BROWSER_TESTS"));
    private static final boolean SCREENSHOTS = "1".equals(System.getenv("KHCN_SCREENSHOTS")) || Boolean.getBoolean("khcn.screenshots");
    private static final Pattern FIRST_ADMIN = Pattern.compile("Đã tạo tài khoản quản trị đầu tiên: admin / (\\S+)");

    /** What the server printed while it started (the first administrator's password among it), as an operator reads it. */
    public static final class StartupOutput implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        static final ByteArrayOutputStream PRINTED = new ByteArrayOutputStream();

        @Override
        public void initialize(ConfigurableApplicationContext ctx) {
            PrintStream console = System.out;
            System.setOut(new PrintStream(new OutputStream() {
                @Override
                public void write(int b) {
                    console.write(b);
                    synchronized (PRINTED) {
                        PRINTED.write(b);
                    }
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    console.write(b, off, len);
                    synchronized (PRINTED) {
                        PRINTED.write(b, off, len);
                    }
                }
            }, true, StandardCharsets.UTF_8));
            ctx.addApplicationListener((ContextRefreshedEvent e) -> System.setOut(console));
        }

        static String text() {
            synchronized (PRINTED) {
                return PRINTED.toString(StandardCharsets.UTF_8);
            }
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    DepartmentUnits units;
    @TempDir
    Path dir;
    WebDriver browser;
    final List<String> tooWide = new ArrayList<>();

    @BeforeEach
    void startBrowser() {
        need(new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute(),
                "Browser tests skipped: install chromium and chromium-driver (apt-get install -y chromium chromium-driver) to run them");
        // other applications of this JVM (cached test contexts) may have installed their org chart since this one started
        Unit.use(units);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--lang=vi", "--hide-scrollbars");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
        browser.manage().window().setSize(new Dimension(1280, 1600));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

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

    @Test
    void aNewDepartmentSetsItselfUpEntersItsRecordsAndReportsThroughThePages() throws Exception {
        // the operator reads the first administrator's password where the server printed it, once
        Matcher printed = FIRST_ADMIN.matcher(StartupOutput.text());
        assertThat(printed.find()).as("the first start prints the administrator's password").isTrue();
        String password = printed.group(1);

        // the first sign-in is led to the set-up page, which names everything missing
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login-submit")).click();
        waiting().until(ExpectedConditions.urlToBe(url("/setup")));
        assertThat(h1()).isEqualTo("Thiết lập của Sở");
        assertThat(text("main p.error")).startsWith("Sở chưa thiết lập xong").contains("Còn thiếu: Cơ quan chủ quản (dòng 1 tiêu đề); Tên Sở")
                .contains("Ký hiệu báo cáo").contains("Họ tên người ký");

        // the reports are out of reach until then: the menu's "Báo cáo" leads back here, and the report form (an open
        // tab of the reports page, or another administrator's) is refused, naming what is missing
        browser.findElement(By.cssSelector("#menu a[href='/reports']")).click();
        waiting().until(ExpectedConditions.urlToBe(url("/setup")));
        postReportForm("month", "2025-11");
        waiting().until(ExpectedConditions.urlToBe(url("/setup")));
        assertThat(browser.findElements(By.cssSelector("main p.error")).stream().map(WebElement::getText))
                .anySatisfy(t -> assertThat(t).startsWith("Sở chưa thiết lập xong nên chưa lập được báo cáo. Còn thiếu: Cơ quan chủ quản"));

        // the department describes itself in the one form
        for (Map.Entry<String, String> s : BinhLam.SETTINGS.entrySet()) {
            WebElement field = browser.findElement(By.cssSelector("form[action='/setup'] [name='" + s.getKey() + "']"));
            field.clear();
            field.sendKeys(s.getValue());
        }
        fits("setup");
        WebElement save = browser.findElement(By.cssSelector("form[action='/setup'] button[type=submit]"));
        save.click();
        waiting().until(vn.gov.khcn.testing.LeftPage.gone(save));
        waiting().until(ExpectedConditions.urlToBe(url("/")));
        assertThat(text("p.notice")).startsWith("Đã lưu thiết lập của Sở");
        assertThat(browser.findElements(By.xpath("//*[contains(., 'Sở chưa')]"))).as("no notice of a missing setting").isEmpty();
        assertThat(browser.findElements(By.cssSelector("#setup-next a"))).hasSize(4);

        // its own unit, from the home page's next steps
        browser.findElement(By.cssSelector("#setup-next a[href='/admin/units']")).click();
        waiting().until(ExpectedConditions.urlToBe(url("/admin/units")));
        WebElement add = browser.findElement(By.cssSelector("form[action='/admin/units']"));
        add.findElement(By.name("code")).sendKeys(BinhLam.UNIT.code());
        add.findElement(By.name("name")).sendKeys(BinhLam.UNIT.name());
        add.findElement(By.name("shortName")).sendKeys(BinhLam.UNIT.shortName());
        add.findElement(By.name("position")).sendKeys(String.valueOf(BinhLam.UNIT.position()));
        add.findElement(By.cssSelector("input[name=registers][value='" + BinhLam.UNIT.register() + "']")).click();
        submit(add.findElement(By.cssSelector("button[type=submit]")));
        assertThat(text("p.notice")).contains(BinhLam.UNIT.name());
        WebElement digital = browser.findElement(By.id("unit-" + BinhLam.UNIT.code()));
        assertThat(digital.findElement(By.name("name")).getAttribute("value")).isEqualTo(BinhLam.UNIT.name());
        assertThat(browser.findElement(By.cssSelector("input[form='unit-" + BinhLam.UNIT.code() + "'][name=registers][value='"
                + BinhLam.UNIT.register() + "']")).isSelected()).isTrue();
        fits("units");

        // its own vocabulary entries, from the registers' card of the shared vocabularies; the ministerial level and "Khá" are there
        browser.findElement(By.cssSelector("#menu a[href='/registers']")).click();
        clickLink("/vocabularies");
        for (BinhLam.OwnEntry e : BinhLam.ENTRIES) {
            // the first from the list filtered to its vocabulary; the others chosen on the form, which shows that list's fields
            boolean filtered = e == BinhLam.ENTRIES.get(0);
            browser.get(url("/vocabularies"));
            if (filtered) {
                new Select(browser.findElement(By.cssSelector("form.filters select[name=list]"))).selectByVisibleText(e.listLabel());
                submit(browser.findElement(By.xpath("//form[contains(@class,'filters')]//button[normalize-space(.)='Lọc']")));
            }
            browser.findElement(By.xpath("//main//a[normalize-space(.)='Thêm mục']")).click();
            waiting().until(ExpectedConditions.urlContains("/vocabularies/new"));
            Select list = new Select(browser.findElement(By.name("list")));
            if (!list.getFirstSelectedOption().getText().equals(e.listLabel())) {
                WebElement before = browser.findElement(By.name("label"));
                list.selectByVisibleText(e.listLabel());
                waiting().until(vn.gov.khcn.testing.LeftPage.gone(before));
            }
            assertThat(new Select(browser.findElement(By.name("list"))).getFirstSelectedOption().getText()).isEqualTo(e.listLabel());
            assertThat(browser.findElements(By.name("passing"))).as("the passing box of " + e.listLabel()).hasSize(e.passing() == null ? 0 : 1);
            assertThat(browser.findElements(By.name("intervalMonths"))).as("the interval of " + e.listLabel())
                    .hasSize(e.intervalMonths() == null ? 0 : 1);
            if (e.code() != null) {
                browser.findElement(By.name("code")).sendKeys(e.code());
            }
            browser.findElement(By.name("label")).sendKeys(e.label());
            if (e.position() != null) {
                browser.findElement(By.name("position")).sendKeys(String.valueOf(e.position()));
            }
            if (e.passing() != null) {
                WebElement passing = browser.findElement(By.name("passing"));
                if (passing.isSelected() != e.passing()) {
                    passing.click();
                }
            }
            if (e.intervalMonths() != null) {
                browser.findElement(By.name("intervalMonths")).sendKeys(String.valueOf(e.intervalMonths()));
            }
            submit(browser.findElement(By.xpath("//main//form//button[normalize-space(.)='Lưu']")));
            assertThat(browser.findElements(By.cssSelector("main p.error"))).as(e.label()).isEmpty();
            assertThat(browser.findElement(By.name("label")).getAttribute("value")).isEqualTo(e.label());
        }
        browser.get(url("/vocabularies?list=TASK_LEVEL"));
        assertThat(text("main table")).contains("Cấp bộ").contains("7 Nhiệm vụ hợp tác quốc tế HOP_TAC_QT");
        browser.get(url("/vocabularies?list=TASK_RATING"));
        assertThat(text("main table")).contains("Khá").contains("Trung bình");
        browser.get(url("/vocabularies?list=INSTRUMENT_TYPE"));
        assertThat(text("main table")).contains("Cột đo khí dầu mỏ hóa lỏng").contains("chu kỳ 12 tháng");
        browser.get(url("/vocabularies"));
        fits("vocabularies");

        // its spreadsheets, one by one on the import page (the register recognised from each file)
        List<Path> files = BinhLam.recordSheets(dir);
        Map<String, Integer> rows = Map.of("xa-phuong.csv", 4, "to-chuc.csv", 8, "nhiem-vu.xlsx", 7, "su-kien.csv", 30, "hoi-dong.csv", 5,
                "tuyen-truyen.csv", 3);
        for (Path file : files) {
            browser.findElement(By.cssSelector("#menu a[href='/exchange']")).click();
            waiting().until(ExpectedConditions.urlToBe(url("/exchange")));
            WebElement form = browser.findElement(By.cssSelector("form[action='/exchange/import']"));
            form.findElement(By.cssSelector("input[type=file][name=file]")).sendKeys(file.toString());
            submit(form.findElement(By.cssSelector("button[type=submit]")));
            waiting().until(ExpectedConditions.textToBe(By.id("status"), "Đã nhập"));
            String name = file.getFileName().toString();
            assertThat(h1()).isEqualTo("Nhập tệp " + name);
            assertThat(text("#errors")).as(name).isEqualTo("0");
            if (rows.containsKey(name)) {
                assertThat(text("#added")).as(name).isEqualTo(String.valueOf(rows.get(name)));
            }
        }
        browser.get(url("/exchange"));
        assertThat(browser.findElements(By.xpath("//h2[normalize-space(.)='Các lần nhập']/following-sibling::table[1]/tbody/tr")))
                .hasSize(files.size());
        // each import names its register as the templates do, not by its key
        assertThat(browser.findElement(By.xpath("//h2[normalize-space(.)='Các lần nhập']/following-sibling::table[1]")).getText())
                .doesNotContain("task-events").doesNotContain("former-districts");
        fits("import");

        // the set-up page keeps the two-line title as typed
        browser.get(url("/setup"));
        assertThat(browser.findElement(By.name("signerTitle")).getAttribute("value")).isEqualTo("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC");

        // the reports, from the reports page: the monthly report of November 2025 and the year report of 2025
        String month = createReport("month", "2025-11");
        String year = createReport("year", "2025-12");
        byte[] profile = download("/admin/profile/file");
        BinhLamReports reports = new BinhLamReports(new String(download(year + "/download.json"), StandardCharsets.UTF_8),
                BinhLamReports.docxText(download(year + "/download.docx")), new String(download(month + "/download.json"), StandardCharsets.UTF_8),
                BinhLamReports.docxText(download(month + "/download.docx")), new String(profile, StandardCharsets.UTF_8));
        reports.all();

        assertThat(tooWide).as("pages wider than a 400 px screen").isEmpty();
    }

    /** The report form of the reports page, sent from this browser's session (as an open tab of that page would send it). */
    private void postReportForm(String kind, String period) {
        String csrf = browser.findElement(By.cssSelector("form[action='/setup'] input[name=_csrf]")).getAttribute("value");
        WebElement main = browser.findElement(By.tagName("main"));
        ((JavascriptExecutor) browser).executeScript("const f = document.createElement('form'); f.method = 'post'; f.action = '/reports';"
                + "for (const [k, v] of Object.entries(arguments[0])) { const i = document.createElement('input'); i.type = 'hidden';"
                + "i.name = k; i.value = v; f.appendChild(i); } document.body.appendChild(f); f.submit();",
                Map.of("kind", kind, "period", period, "_csrf", csrf));
        waiting().until(vn.gov.khcn.testing.LeftPage.gone(main));
    }

    /** A new report of this kind and month through the reports page's form; its page's path. */
    private String createReport(String kind, String period) throws Exception {
        browser.findElement(By.cssSelector("#menu a[href='/reports']")).click();
        waiting().until(ExpectedConditions.urlContains("/reports"));
        WebElement form = browser.findElement(By.cssSelector("form[action='/reports'][method=post]"));
        new Select(form.findElement(By.name("kind"))).selectByValue(kind);
        // the month picker is the browser's own control: its value is set as the picker would set it
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", form.findElement(By.name("period")), period);
        submit(form.findElement(By.cssSelector("button[type=submit]")));
        waiting().until(ExpectedConditions.urlMatches("/reports/\\d+$"));
        assertThat(browser.findElements(By.cssSelector("main p.error")).stream().map(WebElement::getText).toList())
                .noneMatch(t -> t.startsWith("Sở chưa"));
        String path = new URI(browser.getCurrentUrl()).getPath();
        assertThat(browser.findElement(By.xpath("//main/p[starts-with(normalize-space(.), 'Trạng thái:')]/strong")).getText()).isEqualTo("Dự thảo");
        return path;
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private String h1() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private void clickLink(String href) {
        browser.findElement(By.cssSelector("main a[href='" + href + "']")).click();
        waiting().until(ExpectedConditions.urlToBe(url(href)));
    }

    /** Clicks a control that posts a form, and waits for the next page. */
    private void submit(WebElement control) {
        control.click();
        waiting().until(vn.gov.khcn.testing.LeftPage.gone(control));
    }

    /** At 400 px the page is no wider than the screen; with screenshots asked for, it is written at 1366 and 400 px. */
    private void fits(String name) throws Exception {
        Dimension before = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(400, 900));
        Number overflow = (Number) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (overflow.intValue() > 0) {
            tooWide.add(name + ": " + overflow + " px too wide");
        }
        if (SCREENSHOTS) {
            screenshot(name, 1366);
            screenshot(name, 400);
        }
        browser.manage().window().setSize(before);
    }

    private void screenshot(String name, int width) throws Exception {
        int height = ((Number) js("return document.documentElement.scrollHeight")).intValue();
        browser.manage().window().setSize(new Dimension(width, Math.min(Math.max(height, 700), 2400)));
        height = ((Number) js("return document.documentElement.scrollHeight")).intValue();
        browser.manage().window().setSize(new Dimension(width, Math.min(Math.max(height, 700), 2400)));
        Path target = Path.of("docs/screenshots/" + name + "-" + width + ".png");
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    /** A file the signed-in administrator downloads, fetched with the browser's session. */
    private byte[] download(String path) throws Exception {
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
        HttpResponse<byte[]> res = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(res.statusCode()).as("GET " + path).isEqualTo(200);
        return res.body();
    }
}
