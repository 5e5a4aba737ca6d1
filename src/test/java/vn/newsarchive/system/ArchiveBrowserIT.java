package vn.newsarchive.system;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import vn.newsarchive.testdata.HeadlessChromium;
import vn.newsarchive.testdata.ImportedSeedsBrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader's path through the imported seeds in real headless Chromium: home, an article,
 * a person and a document linked from its text, then English, then a phone. Screenshots
 * go to target/screenshots/ ({@link HeadlessChromium}).
 */
class ArchiveBrowserIT extends ImportedSeedsBrowserTest {

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	private String h1() {
		return this.browser.findElement(By.tagName("h1")).getText();
	}

	private void screenshot(String name) throws IOException {
		this.chromium.screenshot(name);
	}

	@Test
	void aReaderFollowsLinksFromTheHomePageToPeopleAndDocumentsAndSwitchesToEnglish() throws IOException {
		open("/");
		assertThat(this.browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
		assertThat(h1()).isEqualTo("Kho lưu trữ tin công tác Đảng");
		screenshot("1-home");

		this.chromium.follow(this.browser
			.findElement(By.linkText("Trưởng ban Dân vận Trung ương Trương Thị Mai làm việc tại Bộ Ngoại giao")));
		assertThat(h1()).isEqualTo("Trưởng ban Dân vận Trung ương Trương Thị Mai làm việc tại Bộ Ngoại giao");
		assertThat(this.browser.findElement(By.cssSelector("header time")).getText()).isEqualTo("06/11/2019 19:27");
		screenshot("2-article");
		String article = this.browser.getCurrentUrl();

		this.chromium
			.follow(this.browser.findElement(By.cssSelector(".article-body a.entity-link[href^='/nhan-vat/']")));
		assertThat(h1()).isEqualTo("Trương Thị Mai");
		assertThat(this.browser.findElements(By.cssSelector(".timeline li"))).isNotEmpty();
		screenshot("3-person");

		this.browser.get(article);
		this.chromium
			.follow(this.browser.findElement(By.cssSelector(".article-body a.entity-link[href^='/van-kien/']")));
		assertThat(h1()).startsWith("Nghị quyết ").contains("-NQ/TW").endsWith("khóa XII");
		screenshot("4-document");

		this.chromium.follow(this.browser.findElement(By.linkText("English")));
		assertThat(this.browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		assertThat(this.browser.findElement(By.cssSelector(".facts")).getText()).contains("Issued on")
			.containsPattern("\\d{1,2} (May|October) 201[78]");
		assertThat(h1()).endsWith("term XII");
		screenshot("5-document-english");
		open("/");
		assertThat(h1()).as("the choice of language is remembered").isEqualTo("Party-work News Archive");
		this.chromium.follow(this.browser.findElement(By.linkText("Tiếng Việt")));
		assertThat(h1()).isEqualTo("Kho lưu trữ tin công tác Đảng");
	}

	@Test
	void barsHaveWidthAndChartLabelsAReadableHeightOnADesktop() throws IOException {
		this.browser.manage().window().setSize(new Dimension(1366, 1000));
		open("/");
		assertThat(sizes(".bars .bar-svg rect", "width")).as("most mentioned bars (issue 16)")
			.isNotEmpty()
			.allMatch((width) -> width > 0)
			.anyMatch((width) -> width > 100);
		assertThat(sizes(".chart text", "height")).as("year labels of the monthly chart (issue 16)")
			.isNotEmpty()
			.allMatch((height) -> height >= 10);
		screenshot("9-home-desktop");
		open(path("person", "name", "Trương Thị Mai"));
		assertThat(sizes(".sidebar .bars .bar-svg rect", "width")).as("co-mention bars (issue 16)")
			.isNotEmpty()
			.allMatch((width) -> width > 0);
		screenshot("10-person-desktop");
		this.browser.manage().window().setSize(new Dimension(1280, 1500));
	}

	@SuppressWarnings("unchecked")
	private java.util.List<Double> sizes(String selector, String dimension) {
		Object sizes = ((JavascriptExecutor) this.browser).executeScript("return Array.from(document.querySelectorAll("
				+ "arguments[0])).map((e) => e.getBoundingClientRect()[arguments[1]]);", selector, dimension);
		return ((java.util.List<Object>) sizes).stream().map((n) -> ((Number) n).doubleValue()).toList();
	}

	@Test
	void theTimelineOfBuiThanhSonAndAPhoneWidthArticleReadWell() throws IOException {
		open(path("person", "name", "Bùi Thanh Sơn"));
		// one entry per title, each title of a chain on its own (issue 18.5)
		assertThat(this.browser.findElements(By.cssSelector(".timeline li"))).hasSize(this.jdbc
			.queryForObject("select count(distinct title_key) from position_title t join person p on p.id = t.person_id"
					+ " where p.name = 'Bùi Thanh Sơn'", Integer.class));
		screenshot("6-person-timeline");

		this.browser.manage().window().setSize(new Dimension(390, 1400));
		open(path("article", "title",
				"Gắn kết chặt chẽ xây dựng Đảng với phát triển ngành ngoại giao vững mạnh, toàn diện"));
		Object overflow = ((JavascriptExecutor) this.browser)
			.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
		assertThat(((Number) overflow).longValue()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0);
		screenshot("7-article-phone");
		open("/van-kien");
		screenshot("8-documents-phone");
		this.browser.manage().window().setSize(new Dimension(1280, 1500));
	}

}
