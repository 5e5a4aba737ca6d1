package vn.newsarchive.system;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import vn.newsarchive.testdata.ImportedSeedsWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page renders from the five imported seeds with the right content, each linked to
 * the others.
 */
class SeedPagesTest extends ImportedSeedsWebTest {

	static final String SON_2021 = "Bí thư Đảng ủy Bộ, Thứ trưởng Thường trực Bộ Ngoại giao";

	static final String SON_2024 = "Phó Thủ tướng Chính phủ";

	@Test
	void personPageOfBuiThanhSonShowsHis2021And2024TitlesOnATimelineWithTheirArticles() {
		Document page = this.client.page(path("person", "name", "Bùi Thanh Sơn"));
		List<Element> timeline = page.select(".timeline li");
		// each title of a chain is a tenure of its own (issue 18.5): 2021's first
		assertThat(timeline.subList(0, 2).stream().map((e) -> e.selectFirst(".position-title").text()).toList())
			.containsExactly(SON_2021.split(", "));
		assertThat(timeline.get(0).selectFirst("time").attr("datetime")).isEqualTo("2021");
		assertThat(timeline.get(0).select(".source-article a").attr("href"))
			.isEqualTo(path("article", "title", "Đảng bộ Bộ Ngoại giao tiếp tục ghi những dấu ấn mới trong năm 2021"));
		for (String title : List.of(SON_2024, "Bộ trưởng Bộ Ngoại giao")) {
			Element tenure = timeline.stream()
				.filter((e) -> e.selectFirst(".position-title").text().equals(title))
				.findFirst()
				.orElseThrow();
			assertThat(tenure.selectFirst("time").attr("datetime")).isEqualTo("2024-09-04");
			assertThat(tenure.select(".source-article a").attr("href")).isEqualTo(path("article", "title",
					"Gắn kết chặt chẽ xây dựng Đảng với phát triển ngành ngoại giao vững mạnh, toàn diện"));
		}
	}

	@Test
	void homePageCountsTheSeedsAndShowsTheLatestFirst() {
		Document home = this.client.page("/");
		assertThat(home.select(".counts strong").eachText()).containsExactly("5", "5", "4", "5");
		assertThat(home.select(".article-list li a.item-title").first().text()).startsWith("Gắn kết chặt chẽ");
		assertThat(home.select(".bars a").first().text()).isEqualTo("Phạm Bình Minh");
		assertThat(home.select("figure.chart-figure svg rect")).isNotEmpty();
	}

	@Test
	void articlePageLinksPeopleDocumentsAndTheMeetingItReports() {
		Document page = this.client
			.page(path("article", "title", "Trưởng ban Dân vận Trung ương Trương Thị Mai làm việc tại Bộ Ngoại giao"));
		assertThat(page.selectFirst("header time").text()).isEqualTo("06/11/2019 19:27");
		Element body = page.selectFirst(".article-body");
		assertThat(body.select("a").eachAttr("href")).contains(path("person", "name", "Trương Thị Mai"),
				path("person", "name", "Phạm Bình Minh"), path("resolution", "code", "26-NQ/TW"),
				path("resolution", "code", "18-NQ/TW"));
		assertThat(page.select("aside a[href^=/su-kien/]").eachText())
			.containsExactly("Đoàn Kiểm tra số 1150 của Bộ Chính trị");
		assertThat(page.select("figure.caption .credit").eachText()).contains("(Ảnh: Tuấn Anh)");
		assertThat(page.select(".related li")).hasSize(6);
	}

	@Test
	void documentAndMeetingPagesShowWhoAndWhat() {
		Document kl21 = this.client.page(path("resolution", "code", "21-KL/TW"));
		assertThat(kl21.select(".facts dd").eachText()).contains("XIII", "25/10/2021");
		assertThat(kl21.select(".article-list a.item-title").eachText())
			.containsExactly("Gắn kết chặt chẽ xây dựng Đảng với phát triển ngành ngoại giao vững mạnh, toàn diện");
		Document meeting = this.client.page(path("meeting", "delegation", "Đoàn Kiểm tra số 1150 của Bộ Chính trị"));
		assertThat(meeting.select(".chairs a").eachText()).containsExactlyInAnyOrder("Trương Thị Mai",
				"Phạm Bình Minh");
		assertThat(meeting.select(".documents a").eachText()).containsExactlyInAnyOrder("26-NQ/TW", "18-NQ/TW");
	}

	@Test
	void everyRecordIsReachableFromTheHomePageAndEveryLinkAnswers() {
		Map<String, Integer> answers = crawl("/");
		assertThat(answers).allSatisfy((url, status) -> assertThat(status).as(url).isEqualTo(200));
		Set<String> expected = new TreeSet<>();
		for (String table : List.of("article", "person", "resolution", "meeting")) {
			expected.addAll(this.jdbc.queryForList("select id from " + table, Long.class)
				.stream()
				.map((id) -> path(table, "id::text", String.valueOf(id)))
				.toList());
		}
		assertThat(answers.keySet()).containsAll(expected);
	}

	@Test
	void everyPageIsWellFormedForScreenReaders() {
		List<String> problems = new ArrayList<>();
		for (String url : crawl("/").keySet()) {
			var response = this.client.get(url);
			if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
				continue;
			}
			Document page = Jsoup.parse(response.body());
			if (!List.of("vi", "en").contains(page.selectFirst("html").attr("lang"))) {
				problems.add(url + ": no lang");
			}
			if (page.select("h1").size() != 1) {
				problems.add(url + ": " + page.select("h1").size() + " h1");
			}
			int level = 0;
			for (Element heading : page.select("h1, h2, h3, h4, h5, h6")) {
				int next = heading.tagName().charAt(1) - '0';
				if (next > level + 1) {
					problems.add(url + ": " + heading.tagName() + " after h" + level);
				}
				level = next;
			}
			for (String landmark : List.of("header", "nav", "main", "footer")) {
				if (page.select(landmark).isEmpty()) {
					problems.add(url + ": no " + landmark);
				}
			}
			for (Element control : page.select("input:not([type=hidden]), select, textarea")) {
				if (control.id().isEmpty() || page.select("label[for=" + control.id() + "]").isEmpty()) {
					problems.add(url + ": unlabelled " + control.tagName() + " " + control.attr("name"));
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	/**
	 * Follows every link of the archive's own pages (not search, editing or the language
	 * switch).
	 */
	private Map<String, Integer> crawl(String start) {
		Map<String, Integer> seen = new LinkedHashMap<>();
		Deque<String> queue = new ArrayDeque<>(List.of(start));
		while (!queue.isEmpty() && seen.size() < 400) {
			String url = queue.poll();
			if (seen.containsKey(url)) {
				continue;
			}
			var response = this.client.get(url);
			seen.put(url, response.statusCode());
			if (response.statusCode() != 200
					|| !response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
				continue;
			}
			for (Element link : org.jsoup.Jsoup.parse(response.body()).select("a[href^=/]")) {
				String href = link.attr("href");
				if (!href.startsWith("/search") && !href.startsWith("/admin") && !href.startsWith("/login")
						&& !href.contains("lang=") && !seen.containsKey(href)) {
					queue.add(href);
				}
			}
		}
		return seen;
	}

}
