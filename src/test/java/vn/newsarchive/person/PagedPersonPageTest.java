package vn.newsarchive.person;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.newsarchive.article.Article;
import vn.newsarchive.kernel.DatePrecision;
import vn.newsarchive.meeting.Meeting;
import vn.newsarchive.meeting.ParticipantRole;
import vn.newsarchive.testdata.ArchiveWriter;
import vn.newsarchive.testdata.SeededWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.newsarchive.testdata.ArticleBuilder.article;

/**
 * The person page shows one page of each list, whatever the number of articles: a person
 * with 120 mentions gets 20 articles and a link to the next page; and the people most
 * often mentioned alongside, most shared first.
 */
class PagedPersonPageTest extends SeededWebTest {

	/**
	 * A person mentioned in {@code count} articles, one a day from 1 January 2020
	 * (article {@code i} on day {@code i}), each reporting a meeting they attended;
	 * co-mentioned with the given people in the first articles.
	 */
	private long personInArticles(String name, int count, int meetings, String... coMentioned) {
		return this.archive.inTransaction((em) -> {
			ArchiveWriter w = new ArchiveWriter(em);
			Person person = w.person(name);
			List<Person> others = new ArrayList<>();
			for (String other : coMentioned) {
				others.add(w.person(other));
			}
			for (int i = 1; i <= count; i++) {
				LocalDateTime at = LocalDate.of(2020, 1, 1).plusDays(i - 1).atTime(8, 0);
				Article a = w.article(article(name + " bài " + i).published(at, DatePrecision.MINUTE, false)
					.paragraphs("Đồng chí " + name + " làm việc, lần " + i + "."));
				w.mention(a, person, "Bí thư", 0);
				for (int k = 0; k < others.size(); k++) {
					// the k-th other person is in the first (size - k) * 2 articles
					if (i <= (others.size() - k) * 2) {
						w.mention(a, others.get(k), "Phó Bí thư", k + 1);
					}
				}
				if (i <= meetings) {
					Meeting m = w.meeting(a, "Hội nghị", name + " hội nghị " + i, at.toLocalDate(), "Hà Nội");
					w.participant(m, person, ParticipantRole.PARTICIPANT);
				}
			}
			return person.getId();
		});
	}

	@Test
	void aPersonWith120MentionsShowsOnePageOf20ArticlesAndLinksToTheNext() {
		long id = personInArticles("Đỗ Văn Chiến", 120, 25);
		String url = path("person", id);
		Document page = this.client.page(url);
		assertThat(page.select(".article-list li")).hasSize(PersonPages.ARTICLES);
		assertThat(page.select(".article-list a.item-title").first().text()).isEqualTo("Đỗ Văn Chiến bài 120");
		assertThat(page.select(".meta").eachText()).anySatisfy((t) -> assertThat(t).contains("120").contains("25"));
		assertThat(page.select(".pager a[rel=next]").eachAttr("href")).containsExactly(url + "?page=1",
				url + "?meetings=1");

		Document second = this.client.page(url + "?page=1");
		List<String> titles = second.select(".article-list a.item-title").eachText();
		assertThat(titles).hasSize(20);
		assertThat(titles.get(0)).isEqualTo("Đỗ Văn Chiến bài 100");
		assertThat(titles.get(19)).isEqualTo("Đỗ Văn Chiến bài 81");
		Document last = this.client.page(url + "?page=5");
		assertThat(last.select(".article-list a.item-title").eachText()).hasSize(20).endsWith("Đỗ Văn Chiến bài 1");
		assertThat(last.select(".pager a[rel=next]").eachAttr("href")).containsExactly(url + "?meetings=1");

		Document meetings = this.client.page(url + "?meetings=1");
		assertThat(meetings.select(".meetings li a").eachText()).containsExactly("Đỗ Văn Chiến hội nghị 5",
				"Đỗ Văn Chiến hội nghị 4", "Đỗ Văn Chiến hội nghị 3", "Đỗ Văn Chiến hội nghị 2",
				"Đỗ Văn Chiến hội nghị 1");
	}

	@Test
	void theHtmlOfAPersonWithManyArticlesStaysSmall() {
		long small = personInArticles("Vương Đình Huệ", 20, 0);
		// more than the co-mentions' window: the page says the co-mentions are sampled
		long large = personInArticles("Võ Văn Thưởng", PersonLists.CO_MENTION_WINDOW + 1, 0);
		HttpResponse<String> smallPage = this.client.get(path("person", small));
		int smallBytes = smallPage.body().length();
		HttpResponse<String> largePage = this.client.get(path("person", large));
		assertThat(largePage.statusCode()).isEqualTo(200);
		assertThat(largePage.body()).contains("500");
		int largeBytes = largePage.body().length();
		// the attention chart and its table have a column and a row for each month of the
		// span (20 days against 501: 1 month against 17), as many as the archive has
		// months at most, whatever the number of articles
		int moreMonths = months(largePage) - months(smallPage);
		assertThat(moreMonths).isEqualTo(16);
		assertThat(largeBytes).isLessThan(smallBytes + 2_000 + moreMonths * 150);
	}

	private static int months(HttpResponse<String> page) {
		return Jsoup.parse(page.body()).select(".attention-table tbody tr").size();
	}

	@Test
	void coMentionsAreTheTopPeopleMostSharedFirst() {
		long id = personInArticles("Nguyễn Xuân Phúc", 12, 0, "Phạm Minh Chính", "Trần Thanh Mẫn", "Vương Đình Huệ");
		Document page = this.client.page(path("person", id));
		assertThat(page.select(".sidebar .bars .bar-row a").eachText()).containsExactly("Phạm Minh Chính",
				"Trần Thanh Mẫn", "Vương Đình Huệ");
		assertThat(page.select(".sidebar .bars .bar-count").eachText()).containsExactly("6", "4", "2");
	}

}
