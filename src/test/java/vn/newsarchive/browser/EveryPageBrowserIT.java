package vn.newsarchive.browser;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.test.context.TestPropertySource;

import vn.newsarchive.browser.PageTypes.PageType;
import vn.newsarchive.testdata.ImportedSeedsBrowserTest;
import vn.newsarchive.testdata.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of page, on a desktop (1366 px) and on a phone (390 px), in headless
 * Chromium over the imported seeds (issue 16): nothing wider than the screen or hidden to
 * the side, no bar drawn without width, a language switch that keeps the page's
 * parameters, no serious or critical accessibility violation (axe-core), no link, image,
 * style or script of the archive's that answers 4xx or 5xx; and a full-page screenshot of
 * each under target/screenshots/pages/ for review. All problems of all pages are reported
 * together. This one client asks for every search and API address on the pages at once,
 * so the rate limit is lifted here, above any {@code ARCHIVE_RATE_LIMIT_…} of the
 * environment (which TestDatabaseInitializer's default yields to): a 429 is then a broken
 * link like any 4xx.
 */
@TestPropertySource(properties = "archive.rate-limit.requests-per-minute=1000000")
class EveryPageBrowserIT extends ImportedSeedsBrowserTest {

	static final List<Integer> WIDTHS = List.of(1366, 390);

	List<PageType> pages;

	@BeforeAll
	void pageTypesAndAnAdministrator() {
		this.pages = PageTypes.all(this.jdbc);
		TestAccounts.create(this.jdbc, "bien-tap-trang", "mật khẩu kiểm tra trang", "ADMIN");
	}

	@Test
	void everyPageFitsTheScreenOnADesktopAndOnAPhone() throws IOException, InterruptedException {
		SoftAssertions problems = new SoftAssertions();
		LinkCheck links = new LinkCheck();
		for (int width : WIDTHS) {
			this.browser.manage().window().setSize(new Dimension(width, 1000));
			for (PageType page : this.pages) {
				open(page);
				String where = page.path() + " at " + width + " px";
				PageInspection inspection = new PageInspection(this.browser);
				problems.assertThat(inspection.overflow())
					.as("%s: wider than the screen by (px); the widest parts: %s", where, inspection.widest())
					.isLessThanOrEqualTo(0);
				problems
					.assertThat(inspection
						.scrolledSideways(page.editor() ? ".chart-figure, .table-scroll" : ".chart-figure"))
					.as("%s: parts hidden to the side", where)
					.isEmpty();
				problems.assertThat(inspection.misshapenControls())
					.as("%s: form controls out of the archive's style or shape", where)
					.isEmpty();
				problems.assertThat(inspection.barsWithoutWidth()).as("%s: bars drawn 0 px wide", where).isZero();
				problems.assertThat(URI.create(inspection.otherLanguageLink()).getPath())
					.as("%s: the language switch leads to the same page", where)
					.isEqualTo(URI.create(this.browser.getCurrentUrl()).getPath());
				problems.assertThat(LinkCheck.parameters(inspection.otherLanguageLink()))
					.as("%s: the language switch keeps the page's parameters", where)
					.containsAllEntriesOf(LinkCheck.parameters(page.path()));
				problems.assertThat(new AxeCheck(this.browser).seriousViolations())
					.as("%s: serious or critical accessibility violations (axe-core)", where)
					.isEmpty();
				if (!page.error()) {
					links.found(inspection.ownAddresses());
				}
				this.chromium.fullPageScreenshot("pages/" + page.name() + "-" + width);
			}
		}
		this.browser.manage().window().setSize(new Dimension(1280, 1500));
		problems.assertThat(links.count()).as("addresses found on the pages").isGreaterThan(50);
		problems.assertThat(links.broken()).as("links, images, styles and scripts answering 4xx or 5xx").isEmpty();
		problems.assertAll();
	}

	@Test
	void theSearchFormLeavesNoGapUnderTheQueryOnAPhone() {
		this.browser.manage().window().setSize(new Dimension(390, 1000));
		this.browser.get("http://localhost:" + this.port + "/search?q=ket+luan");
		double field = new PageInspection(this.browser).height(".search-page .filters .field-wide");
		assertThat(field).as("the query field's box, label and input (issue 16: 220 px of blank)").isLessThan(90);
		this.browser.manage().window().setSize(new Dimension(1280, 1500));
	}

	private void open(PageType page) {
		if (page.editor() && this.browser.findElements(By.cssSelector("form[action$='/logout']")).isEmpty()) {
			signIn();
		}
		this.browser.get("http://localhost:" + this.port + page.path());
		// the numbers of the attention charts are checked open, as a reader opens them
		((JavascriptExecutor) this.browser)
			.executeScript("document.querySelectorAll('details.attention-table').forEach((d) => d.open = true);");
	}

	private void signIn() {
		this.browser.get("http://localhost:" + this.port + "/login");
		this.browser.findElement(By.id("username")).sendKeys("bien-tap-trang");
		this.browser.findElement(By.id("password")).sendKeys("mật khẩu kiểm tra trang");
		this.browser.findElement(By.cssSelector("form[action$='/login'] button")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until((driver) -> !driver.getCurrentUrl().endsWith("/login"));
	}

}
