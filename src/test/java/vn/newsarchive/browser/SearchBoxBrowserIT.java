package vn.newsarchive.browser;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.newsarchive.testdata.ImportedSeedsBrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search box's suggestions with the keyboard alone, as the ARIA combobox pattern has
 * them (issue 16): the arrows choose, Enter opens, Escape closes, and each suggestion
 * says what it is.
 */
class SearchBoxBrowserIT extends ImportedSeedsBrowserTest {

	private WebElement typeInTheSearchBox(String text) {
		this.browser.get("http://localhost:" + this.port + "/");
		WebElement box = this.browser.findElement(By.id("site-q"));
		box.sendKeys(text);
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until((b) -> "true".equals(box.getAttribute("aria-expanded")));
		return box;
	}

	private List<WebElement> options() {
		return this.browser.findElements(By.cssSelector("#site-q-suggestions [role=option]"));
	}

	@Test
	void theArrowsChooseASuggestionAndEnterOpensIt() throws IOException {
		WebElement box = typeInTheSearchBox("truong thi");
		assertThat(box.getAttribute("role")).isEqualTo("combobox");
		assertThat(box.getAttribute("aria-controls")).isEqualTo("site-q-suggestions");
		WebElement first = options().get(0);
		assertThat(first.findElement(By.className("suggestion-kind")).getText()).isEqualToIgnoringCase("Nhân vật");
		assertThat(first.findElement(By.className("suggestion-name")).getText()).isEqualTo("Trương Thị Mai");
		assertThat(first.findElement(By.className("suggestion-detail")).getText()).contains("Trưởng ban Dân vận");

		box.sendKeys(Keys.ARROW_DOWN);
		assertThat(box.getAttribute("aria-activedescendant")).isEqualTo(first.getAttribute("id"));
		assertThat(first.getAttribute("aria-selected")).isEqualTo("true");
		assertThat(this.browser.switchTo().activeElement()).as("focus stays in the box").isEqualTo(box);
		this.chromium.screenshot("search-box-suggestions");
		box.sendKeys(Keys.ARROW_UP);
		assertThat(box.getAttribute("aria-activedescendant")).as("up from the first wraps to the last")
			.isEqualTo(options().get(options().size() - 1).getAttribute("id"));
		box.sendKeys(Keys.ARROW_DOWN);

		WebElement page = this.browser.findElement(By.tagName("html"));
		box.sendKeys(Keys.ENTER);
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until((b) -> {
			try {
				page.getTagName();
				return false;
			}
			catch (org.openqa.selenium.StaleElementReferenceException gone) {
				return true;
			}
		});
		assertThat(this.browser.getCurrentUrl()).contains("/nhan-vat/");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Trương Thị Mai");
	}

	@Test
	void escapeClosesTheSuggestionsAndEnterThenSearchesAsTyped() {
		WebElement box = typeInTheSearchBox("26-NQ");
		assertThat(options())
			.anySatisfy((option) -> assertThat(option.findElement(By.className("suggestion-kind")).getText())
				.isEqualToIgnoringCase("Văn kiện"));
		box.sendKeys(Keys.ESCAPE);
		assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");
		assertThat(this.browser.findElement(By.id("site-q-suggestions")).isDisplayed()).isFalse();
		box.sendKeys(Keys.ENTER);
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until((b) -> b.getCurrentUrl().contains("/search?q=26-NQ"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tìm kiếm");
	}

}
