package vn.newsarchive.person;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.newsarchive.article.Article;
import vn.newsarchive.kernel.DatePrecision;
import vn.newsarchive.testdata.ArchiveWriter;
import vn.newsarchive.testdata.SeededWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.newsarchive.testdata.ArticleBuilder.article;

/**
 * A person's positions as tenures: one row per distinct title with the first and last
 * date it was seen and how many articles state it, each tenure's sources on a paged page
 * of their own.
 */
class TenureTest extends SeededWebTest {

	static final String MINISTER = "Bộ trưởng Bộ Tư pháp";

	static final String DEPUTY = "Thứ trưởng Bộ Tư pháp";

	/** A person with this title stated by one article per date. */
	private long personWith(String name, String title, LocalDate... dates) {
		return this.archive.inTransaction((em) -> {
			ArchiveWriter w = new ArchiveWriter(em);
			Person person = w.person(name);
			int i = 0;
			for (LocalDate date : dates) {
				Article a = w.article(article(name + " " + title + " bài " + (++i))
					.published(date.atTime(9, 0), DatePrecision.MINUTE, false)
					.paragraphs("Đồng chí " + name + ", " + title + ", phát biểu lần " + i + "."));
				w.mention(a, person, title, 0);
				w.position(person, title, a, date, DatePrecision.DAY, false);
			}
			return person.getId();
		});
	}

	private void addPosition(long personId, String title, LocalDate date) {
		this.archive.inTransaction((em) -> {
			ArchiveWriter w = new ArchiveWriter(em);
			Person person = em.find(Person.class, personId);
			Article a = w.article(article("Bài về " + title + " " + date)
				.published(LocalDateTime.of(date, java.time.LocalTime.NOON), DatePrecision.MINUTE, false)
				.paragraphs("Đồng chí " + person.getName() + " nhận nhiệm vụ."));
			w.mention(a, person, title, 0);
			return w.position(person, title, a, date, DatePrecision.DAY, false);
		});
	}

	@Test
	void severalArticlesWithTheSameTitleMakeOneTenureWithItsFirstAndLastDateAndCount() {
		long id = personWith("Lê Thành Long", MINISTER, LocalDate.of(2020, 6, 1), LocalDate.of(2019, 1, 15),
				LocalDate.of(2022, 3, 8));
		addPosition(id, DEPUTY, LocalDate.of(2018, 5, 2));

		Document page = this.client.page(path("person", id));
		List<Element> tenures = page.select(".timeline li");
		assertThat(tenures).hasSize(2);
		Element deputy = tenures.get(0);
		assertThat(deputy.selectFirst(".position-title").text()).isEqualTo(DEPUTY);
		assertThat(deputy.select(".timeline-date time").eachAttr("datetime")).containsExactly("2018-05-02");
		assertThat(deputy.select(".tenure-sources")).isEmpty();
		Element minister = tenures.get(1);
		assertThat(minister.selectFirst(".position-title").text()).isEqualTo(MINISTER);
		assertThat(minister.select(".timeline-date time").eachAttr("datetime")).containsExactly("2019-01-15",
				"2022-03-08");
		assertThat(minister.selectFirst(".source-article a").text()).isEqualTo("Lê Thành Long " + MINISTER + " bài 2");
		assertThat(minister.selectFirst(".tenure-sources").text()).contains("3");

		Document sources = this.client.page(minister.selectFirst(".tenure-sources").attr("href"));
		assertThat(sources.selectFirst("h1").text()).isEqualTo(MINISTER);
		assertThat(sources.select(".tenure-source-list a.item-title").eachText()).containsExactly(
				"Lê Thành Long " + MINISTER + " bài 2", "Lê Thành Long " + MINISTER + " bài 1",
				"Lê Thành Long " + MINISTER + " bài 3");
	}

	@Test
	void aTenuresSourcesArePagedAndAnUnknownTitleIsNotFound() {
		LocalDate[] dates = new LocalDate[25];
		for (int i = 0; i < dates.length; i++) {
			dates[i] = LocalDate.of(2010, 1, 1).plusMonths(i);
		}
		long id = personWith("Nguyễn Hòa Bình", MINISTER, dates);

		Document page = this.client.page(path("person", id));
		assertThat(page.select(".timeline li")).hasSize(1);
		assertThat(page.selectFirst(".timeline .tenure-sources").text()).contains("25");
		String sourcesUrl = page.selectFirst(".timeline .tenure-sources").attr("href");
		Document first = this.client.page(sourcesUrl);
		assertThat(first.select(".tenure-source-list li")).hasSize(20);
		Document second = this.client.page(first.selectFirst(".pager a[rel=next]").attr("href"));
		assertThat(second.select(".tenure-source-list a.item-title").eachText()).containsExactly(
				"Nguyễn Hòa Bình " + MINISTER + " bài 21", "Nguyễn Hòa Bình " + MINISTER + " bài 22",
				"Nguyễn Hòa Bình " + MINISTER + " bài 23", "Nguyễn Hòa Bình " + MINISTER + " bài 24",
				"Nguyễn Hòa Bình " + MINISTER + " bài 25");
		assertThat(this.client.get("/nhan-vat/" + id + "/chuc-vu?title=Ch%E1%BB%A7+t%E1%BB%8Bch").statusCode())
			.isEqualTo(404);
	}

	@Test
	void manyTitlesArePagedToo() {
		long id = personWith("Trần Văn Nhiều", DEPUTY, LocalDate.of(2001, 1, 1));
		for (int i = 1; i <= 24; i++) {
			addPosition(id, "Vụ trưởng Vụ " + i, LocalDate.of(2001, 1, 1).plusMonths(i));
		}
		Document page = this.client.page(path("person", id));
		assertThat(page.select(".timeline li")).hasSize(20);
		Document next = this.client.page(page.selectFirst(".pager a[rel=next]").attr("href"));
		assertThat(next.select(".timeline .position-title").eachText()).containsExactly("Vụ trưởng Vụ 20",
				"Vụ trưởng Vụ 21", "Vụ trưởng Vụ 22", "Vụ trưởng Vụ 23", "Vụ trưởng Vụ 24");
	}

}
