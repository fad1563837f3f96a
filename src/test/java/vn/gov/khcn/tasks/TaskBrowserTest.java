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
}
