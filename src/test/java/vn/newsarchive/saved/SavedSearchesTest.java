package vn.newsarchive.saved;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

import vn.newsarchive.testdata.ImportedSeedsWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Saved searches (issue 16), as a reader without an account uses them: save the search
 * being looked at, find it in the list of this browser with its feed, read the feed in a
 * feed reader, delete it; another browser sees none of it and cannot delete it.
 */
class SavedSearchesTest extends ImportedSeedsWebTest {

	static final String SEARCH = "/search/saved/new?q=ngoai+giao&from=2019-01-01&to=31/12/2021";

	ReaderBrowser reader;

	@BeforeEach
	void aNewBrowser() {
		this.jdbc.update("delete from saved_search");
		this.reader = new ReaderBrowser(this.port);
	}

	@Test
	void theSearchPageLinksToSavingItWithItsQueryAndFilters() {
		Document results = this.reader.page("/search?q=ngoai+giao&from=2019-01-01&page=1");
		String save = results.selectFirst("a[href^='/search/saved/new']").attr("href");
		assertThat(save).contains("q=ngoai", "from=2019-01-01").doesNotContain("page=");
	}

	@Test
	void aSavedSearchIsListedInTheBrowserThatSavedItWithItsFeed() {
		Document form = this.reader.page(SEARCH);
		assertThat(form.selectFirst("#name").val()).isEqualTo("ngoai giao · 01/01/2019–31/12/2021");
		HttpResponse<String> saved = this.reader.submit(form, "form.saved-form",
				Map.of("name", "Ngoại giao 2019–2021"));
		assertThat(saved.statusCode()).isEqualTo(302);
		String cookie = saved.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith(BrowserKey.COOKIE + "="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).contains("HttpOnly", "SameSite=Lax", "Path=/search/saved", "Max-Age=");

		Document list = this.reader.page("/search/saved");
		assertThat(list.select(".alert").text()).contains("Đã lưu tìm kiếm \"Ngoại giao 2019–2021\"");
		assertThat(list.select(".saved-list > li")).hasSize(1);
		Element row = list.selectFirst(".saved-list > li");
		assertThat(row.selectFirst("a.item-title").attr("href")).startsWith("/search?")
			.contains("q=ngoai%20giao", "from=2019-01-01", "to=2021-12-31", "sort=newest");
		assertThat(row.selectFirst("input[type=url]").val())
			.matches("http://localhost:" + this.port + "/search/saved/[A-Za-z0-9_-]{43}/feed\\.atom");
		assertThat(this.jdbc.queryForObject("select owner_hash from saved_search", String.class))
			.as("only a hash of the browser's key is kept")
			.hasSize(64)
			.doesNotContain(cookie.split("[=;]")[1]);

		assertThat(new ReaderBrowser(this.port).page("/search/saved").select(".saved-list > li"))
			.as("another browser's list")
			.isEmpty();
		assertThat(this.reader.page("/search/saved?lang=en").select("h1").text()).isEqualTo("Saved searches");
	}

	@Test
	void theFeedListsTheNewestMatchesAsValidAtom() {
		this.reader.submit(this.reader.page(SEARCH), "form.saved-form", Map.of());
		String feedUrl = this.reader.page("/search/saved").selectFirst(".saved-list input[type=url]").val();
		HttpResponse<String> answer = new ReaderBrowser(this.port).get(feedUrl);
		assertThat(answer.statusCode()).as("a feed reader has no cookie").isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
		Document feed = AtomChecks.valid(answer.body());
		assertThat(feed.selectFirst("feed > title").text()).isEqualTo("ngoai giao · 01/01/2019–31/12/2021");
		assertThat(feed.selectFirst("feed > id").text()).isEqualTo(feedUrl);
		List<String> updated = feed.select("entry > updated").eachText();
		assertThat(updated).isNotEmpty().hasSizeLessThanOrEqualTo(SavedSearchFeedController.FEED_SIZE);
		assertThat(updated).allMatch((d) -> d.compareTo("2019") >= 0 && d.compareTo("2022") < 0);
		assertThat(updated).isSortedAccordingTo((a, b) -> OffsetDateTime.parse(b).compareTo(OffsetDateTime.parse(a)));
		assertThat(feed.select("entry > link[rel=alternate]").eachAttr("href"))
			.allMatch((href) -> href.startsWith("http://localhost:" + this.port + "/bai-viet/"));
	}

	@Test
	void onlyTheBrowserThatSavedASearchDeletesItAndOnlyWithItsCsrfToken() {
		this.reader.submit(this.reader.page(SEARCH), "form.saved-form", Map.of());
		Document list = this.reader.page("/search/saved");
		String feedUrl = list.selectFirst(".saved-list input[type=url]").val();
		String delete = list.selectFirst(".saved-list form").attr("action");

		ReaderBrowser other = new ReaderBrowser(this.port);
		String othersToken = other.page("/search/saved/new?q=mai").selectFirst("input[name=_csrf]").val();
		assertThat(other.post(delete, Map.of("_csrf", othersToken)).statusCode())
			.as("another browser, with a valid CSRF token of its own but not the key")
			.isEqualTo(404);
		assertThat(this.reader.post(delete, Map.of()).statusCode()).as("no CSRF token").isEqualTo(403);
		assertThat(this.jdbc.queryForObject("select count(*) from saved_search", Long.class)).isEqualTo(1);

		HttpResponse<String> deleted = this.reader.submit(list, ".saved-list form", Map.of());
		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(this.reader.page("/search/saved").select(".alert").text()).isEqualTo("Đã xóa tìm kiếm.");
		assertThat(this.reader.page("/search/saved").select(".saved-list > li")).isEmpty();
		assertThat(this.reader.get(feedUrl).statusCode()).isEqualTo(404);
	}

	@Test
	void aSearchThatCannotRunOrATooLongNameIsRefusedWithTheReason() {
		Document empty = this.reader.page("/search/saved/new");
		assertThat(empty.select(".alert.error").text()).startsWith("Hãy nhập từ khóa");
		assertThat(empty.select("form.saved-form")).isEmpty();

		Document form = this.reader.page(SEARCH);
		HttpResponse<String> tooLong = this.reader.submit(form, "form.saved-form", Map.of("name", "x".repeat(201)));
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(tooLong.body()).select(".field-error").text()).contains("200 ký tự");
		HttpResponse<String> noWords = this.reader.submit(form, "form.saved-form",
				Map.of("q", "\"\" --", "from", "", "to", ""));
		assertThat(noWords.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(noWords.body()).select(".alert.error").text()).contains("dấu câu");
		HttpResponse<String> badDate = this.reader.get("/search/saved/new?q=mai&from=31/02/2024&lang=en");
		assertThat(badDate.statusCode()).isEqualTo(400);
		assertThat(badDate.body()).contains("The date &quot;31/02/2024&quot; cannot be read");
		assertThat(this.jdbc.queryForObject("select count(*) from saved_search", Long.class)).isZero();
	}

	@Test
	void aFeedAddressNobodyWasGivenIsNotFound() {
		assertThat(this.reader.get("/search/saved/" + "A".repeat(43) + "/feed.atom").statusCode()).isEqualTo(404);
	}

	/** The rules of RFC 4287 a feed reader relies on. */
	static final class AtomChecks {

		static Document valid(String xml) {
			try {
				DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
				factory.setNamespaceAware(true);
				org.w3c.dom.Element root = factory.newDocumentBuilder()
					.parse(new InputSource(new StringReader(xml)))
					.getDocumentElement();
				assertThat(root.getNamespaceURI() + " " + root.getLocalName())
					.isEqualTo("http://www.w3.org/2005/Atom feed");
			}
			catch (Exception ex) {
				throw new AssertionError("not well-formed XML: " + ex.getMessage(), ex);
			}
			Document feed = Jsoup.parse(xml, "", Parser.xmlParser());
			assertThat(feed.selectFirst("feed").attr("xmlns")).isEqualTo("http://www.w3.org/2005/Atom");
			for (String required : List.of("id", "title", "updated")) {
				assertThat(feed.select("feed > " + required)).as("feed/%s", required).hasSize(1);
			}
			for (Element entry : feed.select("entry")) {
				for (String required : List.of("id", "title", "updated")) {
					assertThat(entry.select(required)).as("entry/%s", required).hasSize(1);
				}
				assertThat(entry.select("link[rel=alternate]")).hasSize(1);
			}
			assertThat(feed.select("updated").eachText()).isNotEmpty()
				.allMatch((d) -> d.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})"),
						"RFC 3339 date-times, seconds included")
				.noneMatch((d) -> d.startsWith("1970"));
			return feed;
		}

	}

}
