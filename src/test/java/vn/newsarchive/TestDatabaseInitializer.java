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

	private static final String SYNCHRONIZATION = "spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy";

	/** Set by a test that needs the index where {@code archive.index-dir} says. */
	public static final String INDEX_ON_DISK = "test.index-on-disk";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestDatabase.Connection database = TestDatabase.get();
		TestPropertyValues
			.of("spring.datasource.url=" + database.url(), "spring.datasource.username=" + database.username(),
					"spring.datasource.password=" + database.password(),
					"spring.datasource.hikari.data-source-properties.ApplicationName=" + TestDatabase.APPLICATION_NAME,
					"spring.datasource.hikari.maximum-pool-size=4", "spring.test.database.replace=none",
					"archive.database.create-if-missing=false", "archive.seed.enabled=false")
			.applyTo(context);
		// searchable as soon as written, unless a test (ClusterIT) asks for production's
		if (!context.getEnvironment().containsProperty(SYNCHRONIZATION)) {
			TestPropertyValues.of(SYNCHRONIZATION + "=sync").applyTo(context);
		}
		// An index in memory, of its own, unless the test is about the index on disk
		// (KeptIndexTest): it then names the directory itself.
		if (!context.getEnvironment().getProperty(INDEX_ON_DISK, Boolean.class, false)) {
			TestPropertyValues
				.of("archive.index-dir=target/test-index/" + UUID.randomUUID(),
						"spring.jpa.properties.hibernate.search.backend.directory.type=local-heap")
				.applyTo(context);
		}
		// Tests write behind the archive's back (TRUNCATE), so pages are rendered afresh
		// unless a test (PageCacheTest) asks for the cache.
		if (!context.getEnvironment().containsProperty(PAGE_CACHE)) {
			TestPropertyValues.of(PAGE_CACHE + "=false").applyTo(context);
		}
	}

}
