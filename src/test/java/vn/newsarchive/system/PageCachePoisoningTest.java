package vn.newsarchive.system;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

import vn.newsarchive.testdata.ImportedSeedsWebTest;
import vn.newsarchive.testdata.RawHttp;
import vn.newsarchive.testdata.RawHttp.Answer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, failures 1, 4 and 5 (cache part), replayed as an attacker sent them: a forged
 * {@code Host}, a made-up language cookie, random parameters.
 */
@TestPropertySource(properties = "archive.page-cache.enabled=true")
class PageCachePoisoningTest extends ImportedSeedsWebTest {

	@Autowired
	PlatformTransactionManager transactionManager;

	@BeforeEach
	void commitAWrite() {
		PageCacheTest.staleEveryPage(this.transactionManager, this.jdbc);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/opensearch.xml", "/feed.atom", "/sitemap.xml" })
	void aForgedHostNeverReachesAnAbsoluteAddressNorTheCache(String path) {
		Answer forged = RawHttp.get(this.port, path, "Host", "attacker.example");
		RawHttp.get(this.port, path, "Host", "attacker.example");
		Answer reader = RawHttp.get(this.port, path);

		assertThat(forged.status()).isEqualTo(200);
		assertThat(forged.body()).doesNotContain("attacker.example").contains("http://localhost:" + this.port + "/");
		assertThat(reader.body()).doesNotContain("attacker.example").contains("http://localhost:" + this.port + "/");
	}

	@Test
	void aTrustedProxysForwardedHostIsUsedAndKeptApartInTheCache() {
		Answer proxied = RawHttp.get(this.port, "/opensearch.xml", "X-Forwarded-Host", "luutru.example.vn",
				"X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7");
		Answer direct = RawHttp.get(this.port, "/opensearch.xml");

		assertThat(proxied.body()).contains("https://luutru.example.vn/search?q={searchTerms}");
		assertThat(direct.body()).doesNotContain("luutru.example.vn")
			.contains("http://localhost:" + this.port + "/search?q={searchTerms}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/search?q=Tr%C6%B0%E1%BB%9Fng+ban", "/login", "/feed.atom", "/bai-viet" })
	void aBadLanguageCookieIsIgnored(String path) {
		Answer answer = RawHttp.get(this.port, path, "Cookie", "archive-lang=%3Cscript%3E");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).doesNotContain("<script>");
	}

	@Test
	void anUnknownLanguageReadsAsVietnameseFromTheSameCachedCopy() {
		RawHttp.get(this.port, "/");
		Answer unknown = RawHttp.get(this.port, "/", "Cookie", "archive-lang=xx");
		assertThat(unknown.status()).isEqualTo(200);
		assertThat(unknown.header(PageCache.STATUS_HEADER)).isEqualTo("HIT");
		assertThat(unknown.header("Content-Language")).isEqualTo("vi");
	}

	@Test
	void unknownParametersNeitherBypassNorSplitTheCache() {
		RawHttp.get(this.port, "/?r=1");
		Answer random = RawHttp.get(this.port, "/?r=2");
		assertThat(random.header(PageCache.STATUS_HEADER)).isEqualTo("HIT");

		RawHttp.get(this.port, "/bai-viet?sort=oldest&utm_source=x");
		Answer list = RawHttp.get(this.port, "/bai-viet?utm_source=y&sort=oldest");
		assertThat(list.header(PageCache.STATUS_HEADER)).isEqualTo("HIT");
		assertThat(list.body()).doesNotContain("utm_source");
	}

}
