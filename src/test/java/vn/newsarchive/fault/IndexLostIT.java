package vn.newsarchive.fault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import vn.newsarchive.article.Article;
import vn.newsarchive.testdata.ImportedSeedsWebTest;
import vn.newsarchive.testdata.RawHttp;
import vn.newsarchive.testdata.RawHttp.Answer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault suite: the index directory deleted under load. Saves the database commits
 * succeed, readiness turns DOWN with a reason, the running archive rebuilds the index and
 * readiness is UP again, with the index matching the database (issue 14, failure 3).
 */
@TestPropertySource(properties = { "test.index-on-disk=true", "archive.index-dir=target/fault-index/lost",
		"archive.index-watch.check-every=2s" })
class IndexLostIT extends ImportedSeedsWebTest {

	private static final Path INDEX = Path.of("target/fault-index/lost");

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aDeletedIndexNeverFailsASaveAndIsRebuiltWhileTheArchiveRuns() throws Exception {
		AtomicBoolean loading = new AtomicBoolean(true);
		AtomicInteger serverErrors = new AtomicInteger();
		Thread readers = new Thread(() -> {
			while (loading.get()) {
				for (String path : new String[] { "/", "/bai-viet", "/search?q=mai" }) {
					if (RawHttp.get(this.port, path, "Accept", "text/html").status() >= 500) {
						serverErrors.incrementAndGet();
					}
				}
			}
		});
		readers.start();
		assertThat(readiness().status()).isEqualTo(200);

		deleteRecursively(INDEX);
		Answer down = readiness();
		assertThat(down.status()).isEqualTo(503);
		assertThat(down.body()).contains("searchIndex").contains("reason");

		long id = this.transactions.execute((status) -> {
			Article article = this.entityManager.createQuery("select a from Article a order by a.id", Article.class)
				.setMaxResults(1)
				.getSingleResult();
			article.setTitle("Bài đã sửa khi mất chỉ mục hướngdẫnkhôiphục");
			return article.getId();
		});
		assertThat(this.jdbc.queryForObject("select title from article where id = ?", String.class, id))
			.contains("hướngdẫnkhôiphục");

		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (readiness().status() != 200 && Instant.now().isBefore(deadline)) {
			Thread.sleep(200);
		}
		loading.set(false);
		readers.join();
		assertThat(readiness().status()).as("readiness UP again").isEqualTo(200);
		Answer found = RawHttp.get(this.port, "/api/search?q=h%C6%B0%E1%BB%9Bngd%E1%BA%ABnkh%C3%B4iph%E1%BB%A5c");
		assertThat(found.body()).contains("\"total\":1");
		long articles = this.jdbc.queryForObject("select count(*) from article", Long.class);
		assertThat(Files.isDirectory(INDEX)).isTrue();
		assertThat(articles).isEqualTo(5);
		assertThat(serverErrors.get()).as("5xx answers to readers").isZero();
	}

	private Answer readiness() {
		return RawHttp.get(this.port, "/actuator/health/readiness");
	}

	private static void deleteRecursively(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		assertThat(Files.exists(root)).isFalse();
	}

}
