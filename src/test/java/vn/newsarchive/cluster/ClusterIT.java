package vn.newsarchive.cluster;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.newsarchive.ArchiveApplication;
import vn.newsarchive.article.Article;
import vn.newsarchive.ingest.ApiTokenService;
import vn.newsarchive.person.Person;
import vn.newsarchive.resolution.Resolution;
import vn.newsarchive.search.IndexReconciliation;
import vn.newsarchive.testdata.PageClient;
import vn.newsarchive.testdata.SearchIndex;
import vn.newsarchive.testdata.TestArchive;
import vn.newsarchive.testdata.TestOpenSearch;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two archive nodes, each a whole application on a port of its own, over one PostgreSQL
 * database and one OpenSearch node: what one node saves, the other finds and shows, and a
 * write whose node died before reaching the index is indexed all the same.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterIT {

	/** What the issue allows between a save on one node and its sight on the other. */
	private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(2);

	private final HttpClient http = HttpClient.newHttpClient();

	private ConfigurableApplicationContext nodeA;

	private ConfigurableApplicationContext nodeB;

	private String token;

	private ConfigurableApplicationContext dying;

	@BeforeAll
	void startTwoNodes() {
		this.nodeA = node();
		JdbcTemplate jdbc = this.nodeA.getBean(JdbcTemplate.class);
		TestArchive.empty(jdbc);
		SearchIndex.purge(this.nodeA.getBean(EntityManagerFactory.class));
		this.nodeB = node();
		this.token = this.nodeA.getBean(ApiTokenService.class).create("cluster-it-" + System.nanoTime());
	}

	@AfterAll
	void stopNodes() {
		for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] { this.nodeA, this.nodeB,
				this.dying }) {
			if (node != null && node.isActive()) {
				node.close();
			}
		}
	}

	@Test
	void anArticleSavedOnOneNodeIsFoundAndShownOnTheOtherWithinTwoSeconds() throws Exception {
		PageClient pagesOfB = new PageClient(port(this.nodeB));
		pagesOfB.get("/");
		assertThat(pagesOfB.get("/").headers().firstValue("X-Page-Cache")).as("B's home page is cached")
			.hasValue("HIT");

		long id = ingest(this.nodeA, "seeds/001_6353a3c6be2fbff5.txt");
		String title = this.nodeA.getBean(JdbcTemplate.class)
			.queryForObject("select title from article where id = ?", String.class, id);
		String page = this.nodeA.getBean(JdbcTemplate.class)
			.queryForObject("select '/bai-viet/' || id || '-' || slug from article where id = ?", String.class, id);

		long start = System.nanoTime();
		awaitWithin(VISIBLE_WITHIN, () -> searchFinds(this.nodeB, title, id));
		awaitWithin(VISIBLE_WITHIN.minus(Duration.ofNanos(System.nanoTime() - start)),
				() -> pagesOfB.get("/").body().contains(title));
		assertThat(pagesOfB.page(page).title()).contains(title);
	}

	@Test
	void aNodeThatDiesAfterItsCommitLosesNoIndexUpdate() throws Exception {
		ConfigurableApplicationContext dying = node();
		this.dying = dying;
		// the node commits and then never reaches the index, as when it dies in between
		Search.mapping(dying.getBean(EntityManagerFactory.class))
			.indexingPlanFilter(
					(filter) -> filter.exclude(Article.class).exclude(Person.class).exclude(Resolution.class));
		long id = ingest(dying, "seeds/002_f11e97fba3507158.txt");
		String title = dying.getBean(JdbcTemplate.class)
			.queryForObject("select title from article where id = ?", String.class, id);
		dying.close();
		this.dying = null;
		assertThat(searchFinds(this.nodeB, title, id)).as("not indexed by the node that died").isFalse();

		// node B's reconciliation (on a schedule in production; one pass here, so the
		// check above cannot race it) finds what the index lacks
		assertThat(this.nodeB.getBean(IndexReconciliation.class).reconcile()).isPositive();
		awaitWithin(Duration.ofSeconds(20), () -> searchFinds(this.nodeB, title, id));
	}

	private static ConfigurableApplicationContext node() {
		return new SpringApplicationBuilder(ArchiveApplication.class).run("--server.port=0",
				"--archive.search.backend=opensearch", "--archive.search.uris=" + TestOpenSearch.uri(),
				"--archive.search.reconcile-interval=0s", "--archive.page-cache.enabled=true",
				// as in production: the save answers once OpenSearch has the write, and
				// OpenSearch makes it searchable at its next refresh (each second)
				"--spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=write-sync",
				"--spring.main.banner-mode=off");
	}

	private static int port(ConfigurableApplicationContext node) {
		return ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	private long ingest(ConfigurableApplicationContext node, String seed) throws Exception {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port(node) + "/api/v1/articles"))
				.header("Authorization", "Bearer " + this.token)
				.header("Content-Type", "text/plain; charset=UTF-8")
				.POST(HttpRequest.BodyPublishers.ofFile(Path.of(seed)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return Long.parseLong(response.body().replaceAll("(?s)^.*?\"id\"\\s*:\\s*(\\d+).*", "$1"));
	}

	private boolean searchFinds(ConfigurableApplicationContext node, String title, long id) {
		try {
			HttpResponse<String> response = this.http.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + port(node) + "/api/search?q="
							+ java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8)))
						.build(),
					HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && response.body().matches("(?s).*\"id\"\\s*:\\s*" + id + "\\b.*");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Polls (not a timed test: it passes as soon as the condition holds). */
	private static void awaitWithin(Duration limit, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + Math.max(limit.toNanos(), 0);
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("still not seen after %s", limit).isLessThan(deadline);
			Thread.sleep(50);
		}
	}

}
