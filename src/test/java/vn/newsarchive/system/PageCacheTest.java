package vn.newsarchive.system;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.newsarchive.testdata.ImportedSeedsWebTest;
import vn.newsarchive.testdata.SignIn;
import vn.newsarchive.testdata.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

@TestPropertySource(properties = "archive.page-cache.enabled=true")
class PageCacheTest extends ImportedSeedsWebTest {

	private static final String TITLE = "Trưởng ban Dân vận Trung ương%";

	@Autowired
	PlatformTransactionManager transactionManager;

	/** Each test starts with nothing current in the cache (other tests filled it). */
	@BeforeEach
	void commitAWrite() {
		staleEveryPage(this.transactionManager, this.jdbc);
	}

	/** Commits a write, so that nothing stored in the cache is current any more. */
	static void staleEveryPage(PlatformTransactionManager transactionManager, JdbcTemplate jdbc) {
		new TransactionTemplate(transactionManager)
			.executeWithoutResult((status) -> jdbc.update("update article set title = title where id = 0"));
	}

	@Test
	void aPageAskedForAgainComesFromMemoryWithTheSameContent() {
		String article = articlePath();
		HttpResponse<String> first = this.client.get(article);
		HttpResponse<String> second = this.client.get(article);
		assertThat(first.headers().firstValue(PageCache.STATUS_HEADER)).hasValue("MISS");
		assertThat(second.headers().firstValue(PageCache.STATUS_HEADER)).hasValue("HIT");
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(second.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(second.headers().firstValue("Content-Security-Policy")).isPresent();
	}

	@Test
	void aCommittedWriteMakesEveryStoredPageStale() {
		String article = articlePath();
		this.client.get(article);
		this.client.get("/");
		long id = Long.parseLong(article.replaceAll("^/bai-viet/(\\d+)-.*", "$1"));
		new TransactionTemplate(this.transactionManager).executeWithoutResult(
				(status) -> this.jdbc.update("update article set title = title || ' (đã sửa)' where id = ?", id));

		HttpResponse<String> again = this.client.get(article);
		assertThat(again.headers().firstValue(PageCache.STATUS_HEADER)).hasValue("MISS");
		assertThat(again.body()).contains("(đã sửa)");
		assertThat(this.client.get("/").headers().firstValue(PageCache.STATUS_HEADER)).hasValue("MISS");
	}

	@Test
	void eachLanguageHasItsOwnCopyAndTheSwitchItselfIsNotStored() {
		HttpResponse<String> switching = this.client.get("/?lang=en");
		assertThat(switching.headers().firstValue(PageCache.STATUS_HEADER)).isEmpty();
		assertThat(switching.headers().firstValue("Set-Cookie")).hasValueSatisfying((c) -> c.contains("en"));

		HttpResponse<String> vietnamese = this.client.get("/");
		this.client.get("/", "Cookie", "archive-lang=en");
		HttpResponse<String> english = this.client.get("/", "Cookie", "archive-lang=en");
		assertThat(english.headers().firstValue(PageCache.STATUS_HEADER)).hasValue("HIT");
		assertThat(english.headers().firstValue("Content-Language")).hasValue("en");
		assertThat(english.body()).isNotEqualTo(vietnamese.body()).contains("lang=\"en\"");
	}

	@Test
	void editorsAndMissingPagesAreNeverServedFromMemory() {
		TestAccounts.create(this.jdbc, "cache-editor", "mật khẩu thử bộ đệm", "EDITOR");
		String session = SignIn.sessionCookie(this.port, "cache-editor", "mật khẩu thử bộ đệm");
		this.client.get("/", "Cookie", session);
		assertThat(this.client.get("/", "Cookie", session).headers().firstValue(PageCache.STATUS_HEADER)).isEmpty();

		this.client.get("/bai-viet/999999-khong-co");
		HttpResponse<String> missing = this.client.get("/bai-viet/999999-khong-co");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue(PageCache.STATUS_HEADER)).hasValue("MISS");
	}

	private String articlePath() {
		return this.jdbc.queryForObject("select '/bai-viet/' || id || '-' || slug from article where title like ?",
				String.class, TITLE);
	}

}
