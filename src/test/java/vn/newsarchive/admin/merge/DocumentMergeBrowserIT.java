package vn.newsarchive.admin.merge;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.newsarchive.testdata.ImportedSeedsBrowserTest;
import vn.newsarchive.testdata.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor in headless Chromium merges a document stored twice (a misread "TƯ" beside
 * the seeds' "TW"), reading the confirmation first; the merged document's old address
 * then leads to the kept one; and the merge is undone from the kept document's history.
 */
class DocumentMergeBrowserIT extends ImportedSeedsBrowserTest {

	long kept;

	long misread;

	String citingTitle;

	@BeforeAll
	void aDocumentStoredTwice() {
		this.kept = this.jdbc.queryForObject(
				"select min(r.id) from resolution r"
						+ " join article_resolution ar on ar.resolution_id = r.id where r.code like '%/TW'",
				Long.class);
		this.misread = this.jdbc.queryForObject("insert into resolution (kind, type_code, number, issuer, code, term,"
				+ " slug) select kind, type_code, number, 'TƯ', replace(code, '/TW', '/TƯ'), term, slug || '-tu'"
				+ " from resolution where id = ? returning id", Long.class, this.kept);
		long article = this.jdbc.queryForObject("select max(id) from article", Long.class);
		this.jdbc.update("insert into article_resolution (article_id, resolution_id) values (?, ?)", article,
				this.misread);
		this.citingTitle = this.jdbc.queryForObject("select title from article where id = ?", String.class, article);
	}

	@Test
	void anEditorMergesADocumentAfterItsConfirmationAndUndoesItFromTheHistory() throws IOException {
		signIn();
		String misreadCode = this.jdbc.queryForObject("select code from resolution where id = ?", String.class,
				this.misread);
		open("/admin/resolutions/" + this.kept + "/merge");
		assertThat(this.browser.findElements(By.id("merge-q")))
			.as(this.browser.getCurrentUrl() + "\n" + this.browser.getPageSource())
			.isNotEmpty();
		this.browser.findElement(By.id("merge-q")).sendKeys(misreadCode);
		this.chromium.follow(this.browser.findElement(By.cssSelector("#merge-q + button")));
		this.chromium.follow(
				this.browser.findElement(By.cssSelector("input[name=otherId][value='" + this.misread + "'] + button")));

		assertThat(h1()).startsWith("Xác nhận gộp").contains(misreadCode);
		assertThat(this.browser.findElement(By.cssSelector("[data-group='merge.moves.articles']")).getText())
			.contains(this.citingTitle);
		this.chromium.screenshot("merge-1-confirmation");
		this.chromium.follow(this.browser.findElement(By.cssSelector("button.confirm-merge")));
		assertThat(this.browser.findElement(By.cssSelector(".alert")).getText()).startsWith("Đã gộp");
		assertThat(count("select count(*) from resolution where id = ?", this.misread)).isZero();

		open("/van-kien/" + this.misread);
		assertThat(this.browser.getCurrentUrl()).as("the old address leads to the kept document")
			.contains("/van-kien/" + this.kept + "-");
		this.chromium.screenshot("merge-2-old-address");

		open("/admin/resolutions/" + this.kept + "/history");
		assertThat(this.browser.findElement(By.cssSelector("tr[data-revision] td.action")).getText())
			.isEqualTo("Gộp bản ghi #" + this.misread + " vào đây");
		this.chromium.screenshot("merge-3-history");
		this.chromium.follow(this.browser.findElement(By.cssSelector("button.undo")));
		assertThat(this.browser.findElement(By.cssSelector(".alert")).getText()).startsWith("Đã hoàn tác việc gộp");
		assertThat(this.browser.getCurrentUrl()).endsWith("/admin/resolutions/" + this.misread + "/history");
		this.chromium.screenshot("merge-4-undone");

		assertThat(count("select count(*) from article_resolution where resolution_id = ?", this.misread)).isOne();
		open("/van-kien/" + this.misread);
		assertThat(this.browser.getCurrentUrl()).contains("/van-kien/" + this.misread + "-");
		assertThat(h1()).contains("TƯ");
	}

	/** Signs in as the editors do; the one place that knows how. */
	private void signIn() {
		TestAccounts.create(this.jdbc, "bien-tap-gop", "mật khẩu gộp văn kiện", "EDITOR");
		open("/login");
		this.browser.findElement(By.id("username")).sendKeys("bien-tap-gop");
		this.browser.findElement(By.id("password")).sendKeys("mật khẩu gộp văn kiện");
		this.browser.findElement(By.id("password")).submit();
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until((driver) -> !driver.getCurrentUrl().contains("/login"));
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	private String h1() {
		return this.browser.findElement(By.tagName("h1")).getText();
	}

	private long count(String query, long id) {
		return this.jdbc.queryForObject(query, Long.class, id);
	}

}
