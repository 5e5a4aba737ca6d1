package vn.newsarchive.search;

import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.newsarchive.system.SearchSettings;

/**
 * Puts Hibernate Search on the backend {@link SearchSettings} names. The Lucene settings
 * of application.properties stay the default; with OpenSearch they are replaced by the
 * Elasticsearch backend's (Hibernate Search talks to OpenSearch through it), so none is
 * left unused.
 */
@Configuration(proxyBeanMethods = false)
class SearchBackendConfig {

	static final String BACKEND = "hibernate.search.backend.";

	@Bean
	HibernatePropertiesCustomizer searchBackend(SearchSettings search) {
		return (properties) -> {
			if (search.shared()) {
				useOpenSearch(properties, search);
			}
			else {
				// both backends are on the class path: Hibernate Search asks which
				properties.put(BACKEND + "type", "lucene");
			}
		};
	}

	/** Only a shared index can miss a write its node committed. */
	@Bean
	@ConditionalOnWebApplication
	@ConditionalOnProperty(name = "archive.search.backend", havingValue = "opensearch")
	IndexReconciliation indexReconciliation(JdbcTemplate jdbc, EntityManagerFactory entityManagerFactory,
			IndexLock lock, SearchSettings search) {
		return new IndexReconciliation(jdbc, entityManagerFactory, lock, search.reconcileInterval());
	}

	static void useOpenSearch(Map<String, Object> properties, SearchSettings search) {
		properties.keySet().removeIf((key) -> key.startsWith(BACKEND));
		properties.put(BACKEND + "type", "elasticsearch");
		properties.put(BACKEND + "uris", String.join(",", search.uris()));
		properties.put(BACKEND + "analysis.configurer", "class:" + OpenSearchAnalysis.class.getName());
		// a new analyzer or field is added to the live index; a change it cannot take
		// fails the start, and the index is rebuilt with 'reindex' (see docs/deploy.md)
		properties.put("hibernate.search.schema_management.strategy", "create-or-update");
	}

}
