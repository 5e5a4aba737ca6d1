package vn.newsarchive;

import java.util.UUID;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points every Spring test context at {@link TestDatabase}, an in-memory search index
 * with synchronous indexing, and no seeding. Registered for all tests in
 * META-INF/spring.factories, so no test can reach the real archive by forgetting an
 * annotation.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final String PAGE_CACHE = "archive.page-cache.enabled";

	private static final String INDEX_WATCH = "archive.index-watch.check-every";

	private static final String RATE_LIMIT = "archive.rate-limit.requests-per-minute";

	/**
	 * Set by a test that reaches the test database another way (through a relay it can
	 * cut): the URL the archive uses instead of the database's own.
	 */
	public static final String DATABASE_URL = "test.database-url";

	/** Set by a test that needs the index where {@code archive.index-dir} says. */
	public static final String INDEX_ON_DISK = "test.index-on-disk";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestDatabase.Connection database = TestDatabase.get();
		TestPropertyValues
			.of("spring.datasource.url=" + context.getEnvironment().getProperty(DATABASE_URL, database.url()),
					"spring.datasource.username=" + database.username(),
					"spring.datasource.password=" + database.password(),
					"spring.datasource.hikari.data-source-properties.ApplicationName=" + TestDatabase.APPLICATION_NAME,
					"spring.datasource.hikari.maximum-pool-size=4", "spring.test.database.replace=none",
					"archive.database.create-if-missing=false", "archive.seed.enabled=false")
			.applyTo(context);
		// The archive's own strategy (SaveFirstIndexing) is sync's, safe: tests use it
		// too.
		// The index watch runs in the test about it only (tests empty the index at will).
		if (!context.getEnvironment().containsProperty(INDEX_WATCH)) {
			TestPropertyValues.of(INDEX_WATCH + "=0s").applyTo(context);
		}
		// An index in memory, of its own, unless the test is about the index on disk
		// (KeptIndexTest): it then names the directory itself.
		if (!context.getEnvironment().getProperty(INDEX_ON_DISK, Boolean.class, false)) {
			// An index in memory leaves application.properties' directory.root unused,
			// which
			// Hibernate Search would report in every test context (HSEARCH000568).
			TestPropertyValues
				.of("archive.index-dir=target/test-index/" + UUID.randomUUID(),
						"spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
						"spring.jpa.properties.hibernate.search.configuration_property_checking.strategy=ignore")
				.applyTo(context);
		}
		// Tests write behind the archive's back (TRUNCATE), so pages are rendered afresh
		// unless a test (PageCacheTest) asks for the cache.
		if (!context.getEnvironment().containsProperty(PAGE_CACHE)) {
			TestPropertyValues.of(PAGE_CACHE + "=false").applyTo(context);
		}
		// Every test client is 127.0.0.1: the rate limit is tried by the test about it.
		if (!context.getEnvironment().containsProperty(RATE_LIMIT)) {
			TestPropertyValues.of(RATE_LIMIT + "=1000000").applyTo(context);
		}
	}

}
