package vn.newsarchive.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

import org.junit.jupiter.api.Test;

import vn.newsarchive.testdata.ImportedSeedsWebTest;
import vn.newsarchive.testdata.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, failure 5: an 80-term fuzzy query under the 500-character limit slowed every
 * search. Expanding terms and words are now counted, and too many get a message.
 */
class QueryLimitsTest extends ImportedSeedsWebTest {

	private static final String EIGHTY_FUZZY = String.join(" ", Collections.nCopies(80, "thi~2"));

	@Test
	void eightyFuzzyTermsAreRefusedWithAMessage() {
		assertThat(EIGHTY_FUZZY.length()).isLessThan(500);
		var api = RawHttp.get(this.port, "/api/search?q=" + encode(EIGHTY_FUZZY));
		assertThat(api.status()).isEqualTo(400);
		assertThat(api.body()).contains("TOO_MANY_EXPANSIONS").contains("tìm gần đúng");

		var page = RawHttp.get(this.port, "/search?q=" + encode(EIGHTY_FUZZY));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("quá nhiều từ tìm gần đúng");
		assertThat(RawHttp.get(this.port, "/search?lang=en&q=" + encode(EIGHTY_FUZZY)).body())
			.contains("too many fuzzy (~) or prefix (*) terms");
		assertThat(RawHttp.get(this.port, "/api/search?q=" + encode("tr* mai~1 ban* đảng*")).status()).isEqualTo(200);
	}

	@Test
	void prefixTermsAndLongRunsOfWordsAreCountedToo() {
		assertThat(RawHttp.get(this.port, "/api/search?q=" + encode("a* b* c* d* e*")).body())
			.contains("TOO_MANY_EXPANSIONS");
		String manyWords = String.join(" ", Collections.nCopies(41, "mai"));
		assertThat(RawHttp.get(this.port, "/api/search?q=" + encode(manyWords)).body()).contains("TOO_MANY_WORDS");
		assertThat(RawHttp.get(this.port, "/api/search?q=" + encode("\"Trương Thị Mai\"~2")).status()).isEqualTo(200);
	}

	private static String encode(String q) {
		return URLEncoder.encode(q, StandardCharsets.UTF_8);
	}

}
