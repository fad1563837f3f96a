package vn.gov.khcn.testing;

import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;

/**
 * Whether an element of the page a click left is gone, i.e. the next page has replaced it. Selenium's own
 * {@code stalenessOf} knows only {@link StaleElementReferenceException}; while the old document is being torn down,
 * chromedriver may instead answer "Node with given id does not belong to the document" (an unknown error), which
 * says the same thing.
 */
public final class LeftPage {
    private LeftPage() {
    }

    public static ExpectedCondition<Boolean> gone(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        };
    }
}
