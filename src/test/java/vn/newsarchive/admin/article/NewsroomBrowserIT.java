package vn.newsarchive.admin.article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.newsarchive.testdata.ImportedSeedsBrowserTest;
import vn.newsarchive.testdata.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new editor's path in real headless Chromium: paste an article the archive has never
 * seen, check the preview, remove a wrong person, add a missing document (picked from the
 * suggestions while typing), save; the article is then on its public page, in search and
 * on the person's page. Screenshots go to target/screenshots/.
 */
class NewsroomBrowserIT extends ImportedSeedsBrowserTest {

	static final Path ARTICLE = Path.of("src/test/resources/newsroom/unseen-article.txt");

	static final String TITLE = "Ban cán sự đảng Bộ Ngoại giao triển khai công tác cán bộ năm 2024";

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	private String h1() {
		return this.browser.findElement(By.tagName("h1")).getText();
	}

	/**
	 * Signs in as an editor. The one place that knows how: the shared login is being
	 * replaced by accounts stored in the database.
	 */
	private void signInAsEditor() {
		TestAccounts.create(this.jdbc, "bien-tap-dan-bai", "mật khẩu dán bài", "EDITOR");
		open("/login");
		this.browser.findElement(By.id("username")).sendKeys("bien-tap-dan-bai");
		this.browser.findElement(By.id("password")).sendKeys("mật khẩu dán bài");
		this.chromium.follow(this.browser.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")));
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until((b) -> !b.getCurrentUrl().contains("/login"));
	}

	private List<String> texts(String css) {
		return this.browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
	}

	@Test
	void anEditorPastesAnUnseenArticleCorrectsThePreviewAndFindsItEverywhereAfterSaving() throws IOException {
		signInAsEditor();
		open("/admin/articles/new");
		assertThat(h1()).isEqualTo("Thêm bài viết");
		this.browser.findElement(By.id("raw")).sendKeys(Files.readString(ARTICLE, StandardCharsets.UTF_8));
		this.chromium.follow(this.browser
			.findElement(By.cssSelector("form[action$='/admin/articles/preview'] button[type=submit]")));

		assertThat(h1()).isEqualTo("Xem trước bài viết");
		assertThat(this.browser.findElement(By.id("article.title")).getAttribute("value")).isEqualTo(TITLE);
		assertThat(this.browser.findElement(By.id("article.published.date")).getAttribute("value"))
			.isEqualTo("14/03/2024");
		assertThat(this.browser.findElement(By.id("persons0.name")).getAttribute("value")).isEqualTo("Bùi Thanh Sơn");
		assertThat(this.browser.findElement(By.id("persons1.name")).getAttribute("value"))
			.isEqualTo("Nguyễn Văn Thành");
		assertThat(texts("#preview-persons tbody tr td:nth-child(3)")).containsExactly("Đã có – sẽ liên kết", "Mới");
		assertThat(texts("#preview-documents tbody td:first-child")).singleElement().asString().startsWith("26-NQ/TW");
		assertThat(texts("#preview-dropped li")).contains("thời sự", "TIN LIÊN QUAN");
		this.chromium.screenshot("newsroom-1-preview");

		// the guest speaker is no subject of the story; the conclusion it cites has no
		// number
		this.browser.findElement(By.id("persons1.removed1")).click();
		WebElement document = this.browser.findElement(By.id("addDocument"));
		document.sendKeys("21-KL");
		WebElement suggestion = new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(
				(b) -> b.findElements(By.cssSelector("#suggest-documents option")).stream().findFirst().orElse(null));
		String picked = suggestion.getAttribute("value");
		assertThat(picked).startsWith("21-KL/TW");
		document.clear();
		document.sendKeys(picked);
		this.chromium.screenshot("newsroom-2-corrected");
		this.chromium.follow(this.browser.findElement(By.id("save-article")));

		assertThat(h1()).isEqualTo("Sửa bài viết");
		assertThat(this.browser.findElement(By.cssSelector(".alert")).getText())
			.isEqualTo("Đã thêm bài viết “" + TITLE + "”.");
		assertThat(texts("#linked-persons td:first-child")).containsExactly("Bùi Thanh Sơn");
		assertThat(texts("#linked-documents td:first-child")).containsExactlyInAnyOrder("26-NQ/TW", "21-KL/TW");
		this.chromium.screenshot("newsroom-3-saved");
		String editPage = this.browser.getCurrentUrl();

		// a second look: the editor rewords the headline, then takes the saved one back
		// from the history
		WebElement headline = this.browser.findElement(By.id("title"));
		headline.clear();
		headline.sendKeys(TITLE + " (sửa lại)");
		this.chromium.follow(this.browser.findElement(By.cssSelector("form.form button[type=submit]")));
		this.chromium.follow(this.browser.findElement(By.linkText("Lịch sử")));
		assertThat(texts("table.history td.action")).containsExactly("Sửa", "Tạo mới");
		assertThat(texts("table.history td.author")).containsOnly("bien-tap-dan-bai");
		List<WebElement> restore = this.browser.findElements(By.cssSelector("button.restore"));
		this.chromium.follow(restore.get(restore.size() - 1));
		assertThat(this.browser.findElement(By.cssSelector(".alert")).getText()).startsWith("Đã khôi phục phiên bản");
		assertThat(texts("table.history td.action")).hasSize(3).first().asString().startsWith("Khôi phục phiên bản");
		this.chromium.screenshot("newsroom-5-history");
		this.browser.get(editPage);

		this.chromium.follow(this.browser.findElement(By.linkText("Xem")));
		assertThat(h1()).isEqualTo(TITLE);
		assertThat(this.browser.findElement(By.cssSelector("header time")).getText()).isEqualTo("14/03/2024 10:15");

		open("/search?q=trien+khai+cong+tac+can+bo+nam+2024");
		assertThat(this.browser.findElements(By.linkText(TITLE))).isNotEmpty();

		open(path("person", "name", "Bùi Thanh Sơn"));
		assertThat(this.browser.findElements(By.linkText(TITLE))).isNotEmpty();
		// one entry per title, each title of a chain on its own (issue 18.5)
		assertThat(this.browser.findElements(By.cssSelector(".timeline li"))).hasSize(this.jdbc
			.queryForObject("select count(distinct title_key) from position_title t join person p on p.id = t.person_id"
					+ " where p.name = 'Bùi Thanh Sơn'", Integer.class));
		this.chromium.screenshot("newsroom-4-person");
		assertThat(
				this.jdbc.queryForObject("select count(*) from person where name = 'Nguyễn Văn Thành'", Integer.class))
			.isZero();
	}

}
