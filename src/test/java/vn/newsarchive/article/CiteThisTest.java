package vn.newsarchive.article;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import vn.newsarchive.system.DateLabels;
import vn.newsarchive.testdata.ImportedSeedsWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every article page offers what a citation needs (issue 16): the archive's permalink,
 * the original's address, and the access date, written as each language writes dates.
 */
class CiteThisTest extends ImportedSeedsWebTest {

	static final String ORIGINAL = "https://baoquocte.vn/truong-ban-dan-van-trung-uong-lam-viec-tai-bo-ngoai-giao-105.html";

	@Test
	void theCitationNamesThePermalinkTheOriginalAndTheAccessDate() {
		String title = "Trưởng ban Dân vận Trung ương Trương Thị Mai làm việc tại Bộ Ngoại giao";
		this.jdbc.update("update article set source_url = ? where title = ?", ORIGINAL, title);
		String path = path("article", "title", title);
		LocalDate today = LocalDate.now(DateLabels.ZONE);

		Element cite = this.client.page(path).selectFirst("section.cite");
		assertThat(cite.selectFirst("h2").text()).isEqualTo("Trích dẫn bài viết này");
		assertThat(cite.selectFirst("a.permalink").attr("href")).isEqualTo("http://localhost:" + this.port + path);
		assertThat(cite.selectFirst("a.original").attr("href")).isEqualTo(ORIGINAL);
		String vietnameseDay = today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		assertThat(cite.selectFirst("time.accessed").attr("datetime")).isEqualTo(today.toString());
		assertThat(cite.selectFirst("time.accessed").text()).isEqualTo(vietnameseDay);
		assertThat(cite.selectFirst(".citation").text())
			.isEqualTo("TGVN (06/11/2019 19:27), “" + title + "”, Kho lưu trữ tin công tác Đảng, http://localhost:"
					+ this.port + path + ", truy cập ngày " + vietnameseDay + ". Bản gốc: " + ORIGINAL + ".");

		Document english = this.client.page(path + "?lang=en");
		String englishDay = today.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
		assertThat(english.selectFirst("section.cite h2").text()).isEqualTo("Cite this article");
		assertThat(english.selectFirst("section.cite time.accessed").text()).isEqualTo(englishDay);
		assertThat(english.selectFirst("section.cite .citation").text())
			.endsWith("Accessed " + englishDay + ". Original: " + ORIGINAL + ".");
	}

	@Test
	void anArticleWithoutAnOriginalStillHasItsPermalinkAndAccessDate() {
		String path = path("article", "title",
				"Gắn kết chặt chẽ xây dựng Đảng với phát triển ngành ngoại giao vững mạnh, toàn diện");
		Element cite = this.client.page(path).selectFirst("section.cite");
		assertThat(cite.select("a.original")).isEmpty();
		assertThat(cite.selectFirst("a.permalink").attr("href")).endsWith(path);
		assertThat(cite.selectFirst(".citation").text()).doesNotContain("Bản gốc");
	}

}
