package vn.gov.khcn.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gov.khcn.testing.OnH2WithServer;

/**
 * One journey in a real (headless) browser: sign in as the science unit's clerk, create a task,
 * record its events up to the contract, and find it in the list.
 */
@OnH2WithServer
class TaskBrowserTest {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String DRIVER = "/usr/bin/chromedriver";
    @LocalServerPort
    int port;
    WebDriver browser;

    @BeforeEach
    void startBrowser() {
        if (!new File(CHROMIUM).canExecute() || !new File(DRIVER).canExecute()) {
            String message = "Browser tests skipped: install chromium and chromium-driver (apt-get install -y chromium chromium-driver) to run them";
            if ("required".equals(System.getenv("KHCN_BROWSER_TESTS"))) {
                Assertions.fail(message.replace("skipped", "required but not possible"));
            }
            System.out.println(message);
            Assumptions.abort(message);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        browser.manage().window().setSize(new Dimension(1280, 1600));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    WebDriverWait waiting() {
        return new WebDriverWait(browser, java.time.Duration.ofSeconds(20));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void setDate(String name, String iso) {
        WebElement input = browser.findElement(By.name(name));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, iso);
    }

    void recordEvent(String kind, String date) {
        browser.findElement(By.linkText("Ghi nhận sự kiện")).click();
        new Select(waiting().until(ExpectedConditions.presenceOfElementLocated(By.name("kind")))).selectByValue(kind);
        setDate("date", date);
        browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        // the click returns before the next page has loaded: wait for it (the locator is found anew on each poll)
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"), "Đã ghi nhận sự kiện"));
    }

    @Test
    void clerkCreatesATaskAndRecordsItUpToTheContract() throws Exception {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("qlkh");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("login-submit")).click();
        waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

        browser.get(url("/tasks/new"));
        String title = "Nghiên cứu trồng thử nghiệm cây Sachi tại huyện Hòa An (trình duyệt)";
        browser.findElement(By.name("code")).sendKeys("BR.2031.01");
        browser.findElement(By.name("startYear")).sendKeys("2031");
        browser.findElement(By.name("title")).sendKeys(title);
        new Select(browser.findElement(By.name("level"))).selectByValue("PROVINCIAL");
        // the host picker looks the whole register up as the clerk types, without diacritics
        browser.findElement(By.cssSelector("input.picker-search")).sendKeys("vien duoc lieu");
        waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> new Select(d.findElement(By.name("hostId"))).getOptions().stream()
                .filter(o -> !o.getAttribute("value").isEmpty()).map(WebElement::getText).toList().equals(java.util.List.of("Viện Dược liệu")));
        new Select(browser.findElement(By.name("hostId"))).selectByVisibleText("Viện Dược liệu");
        browser.findElement(By.name("investigator")).sendKeys("Hoàng Văn Thử (demo)");
        browser.findElement(By.name("durationMonths")).sendKeys("24");
        browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), title));

        recordEvent("LISTED", "2031-01-15");
        recordEvent("APPROVED", "2031-03-01");
        recordEvent("CONTRACTED", "2031-03-15");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Ký hợp đồng");
        assertThat(browser.findElements(By.cssSelector("#timeline li"))).hasSize(3);
        assertThat(browser.getPageSource()).contains("Viện Dược liệu");

        browser.get(url("/tasks?q=cay+sachi+tai+huyen+hoa+an"));
        assertThat(browser.findElements(By.cssSelector("table tbody tr"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("table tbody tr")).getText()).contains(title).contains("Ký hợp đồng");

        if ("1".equals(System.getenv("KHCN_SCREENSHOTS"))) {
            // A demo task with a full life: events with their documents, the council, the budget.
            browser.get(url("/tasks?q=quyt+tra+linh"));
            browser.findElement(By.partialLinkText("Quýt Trà Lĩnh")).click();
            waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Quýt Trà Lĩnh"));
            Path target = Path.of("docs/screenshots/task-page.png");
            Files.createDirectories(target.getParent());
            File shot = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    void signIn(String username) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("login-submit")).click();
        waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** The picker's results once the search typed has come back and one holds the text: their texts. */
    java.util.List<String> results(String oneContains) {
        waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.findElements(
                By.cssSelector("#documentIds-results li[role=option]")).stream().anyMatch(li -> li.getText().contains(oneContains)));
        return browser.findElements(By.cssSelector("#documentIds-results li[role=option]")).stream().map(WebElement::getText).toList();
    }

    /** Types the words into the picker's box, goes down the results with the arrow key to the one wanted, chooses it with Enter. */
    void pick(WebElement box, String words, String wanted) {
        box.sendKeys(words);
        java.util.List<String> found = results(wanted);
        int at = 0;
        while (!found.get(at).contains(wanted)) {
            at++;
        }
        for (int i = 0; i < at; i++) {
            box.sendKeys(Keys.ARROW_DOWN);
        }
        assertThat(browser.findElement(By.cssSelector("#documentIds-results li[aria-selected=true]")).getText()).contains(wanted);
        box.sendKeys(Keys.ENTER);
    }

    java.util.List<String> chips() {
        return browser.findElements(By.cssSelector(".picker .chip span")).stream().map(WebElement::getText).toList();
    }

    void screenshot(String name, int width) throws Exception {
        browser.manage().window().setSize(new Dimension(width, 1000));
        Path target = Path.of("docs/screenshots/" + name + "-" + width + ".png");
        Files.createDirectories(target.getParent());
        Files.write(target, ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void clerkCitesDocumentsThroughTheSearchPickerFromTheKeyboard() throws Exception {
        signIn("qlkh");
        browser.get(url("/tasks/new"));
        String title = "Nghiên cứu bảo tồn giống lúa nếp Pì Pất tại huyện Bảo Lạc (bộ chọn văn bản)";
        browser.findElement(By.name("code")).sendKeys("BR.2032.01");
        browser.findElement(By.name("startYear")).sendKeys("2032");
        browser.findElement(By.name("title")).sendKeys(title);
        new Select(browser.findElement(By.name("level"))).selectByValue("PROVINCIAL");
        browser.findElement(By.name("investigator")).sendKeys("Nông Thị Chọn (demo)");
        browser.findElement(By.name("durationMonths")).sendKeys("24");
        browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), title));

        browser.findElement(By.linkText("Ghi nhận sự kiện")).click();
        new Select(waiting().until(ExpectedConditions.presenceOfElementLocated(By.name("kind")))).selectByValue("LISTED");
        setDate("date", "2032-01-15");
        WebElement select = browser.findElement(By.name("documentIds"));
        WebElement box = browser.findElement(By.cssSelector("input.doc-search"));
        assertThat(select.isDisplayed()).as("the long select gives way to the search box").isFalse();
        assertThat(box.getAttribute("aria-label")).startsWith("Văn bản");

        // words of the summary without diacritics and out of order, with the number: the decision is first
        pick(box, "ngan sach nhiem vu quy dinh 24/2020", "24/2020/QĐ-UBND");
        assertThat(chips()).singleElement().asString().contains("24/2020/QĐ-UBND");
        assertThat(box.getAttribute("value")).isEmpty();

        // the symbol typed without its "Đ"; the arrows go down and back up
        box.sendKeys("qd-ubnd 703");
        results("703/QĐ-UBND");
        box.sendKeys(Keys.ARROW_DOWN);
        box.sendKeys(Keys.ARROW_UP);
        assertThat(browser.findElement(By.cssSelector("#documentIds-results li[aria-selected=true]")).getText())
                .isEqualTo(browser.findElement(By.cssSelector("#documentIds-results li[role=option]")).getText());
        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("documentIds-results")));
        pick(box, "qd-ubnd 703", "703/QĐ-UBND");
        assertThat(chips()).hasSize(2);

        // Escape closes the list without choosing
        box.sendKeys("ubnd cao bang");
        results("QĐ-UBND");
        if ("1".equals(System.getenv("KHCN_SCREENSHOTS"))) {
            screenshot("picker", 1366);
            screenshot("picker", 400);
            browser.manage().window().setSize(new Dimension(1280, 1600));
            box.sendKeys(Keys.ARROW_DOWN);
        }
        box.sendKeys(Keys.ESCAPE);
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("documentIds-results")));
        assertThat(chips()).hasSize(2);
        box.clear();

        // a chip's button takes its document out again
        browser.findElement(By.cssSelector(".picker .chip button[aria-label*='24/2020/QĐ-UBND']")).click();
        assertThat(chips()).singleElement().asString().contains("703/QĐ-UBND");
        assertThat(new Select(select).getAllSelectedOptions()).singleElement().extracting(o -> o.getAttribute("textContent")).asString().contains("703/QĐ-UBND");

        // at 400 px the menu folds behind its button and nothing is wider than the screen
        browser.manage().window().setSize(new Dimension(400, 900));
        WebElement toggle = browser.findElement(By.cssSelector(".menu-toggle"));
        assertThat(browser.findElement(By.id("menu")).isDisplayed()).isFalse();
        assertThat(toggle.isDisplayed()).isTrue();
        Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).as("horizontal overflow at 400 px").isLessThanOrEqualTo(0);
        toggle.click();
        assertThat(browser.findElement(By.id("menu")).isDisplayed()).isTrue();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        browser.manage().window().setSize(new Dimension(1280, 1600));

        browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"), "Đã ghi nhận sự kiện"));
        String timeline = browser.findElement(By.id("timeline")).getText();
        assertThat(timeline).contains("703/QĐ-UBND").doesNotContain("24/2020/QĐ-UBND");
    }
}
