package vn.newsarchive.system;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * With no database configured ({@code SPRING_DATASOURCE_URL} unset) the archive runs on
 * its {@link EmbeddedDatabase}, with the archive's own role and database created as on
 * any server ({@code db/init.sql}); the data source, Flyway and the commands use it
 * through Spring Boot's connection details.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfig.NoDatabaseConfigured.class)
class EmbeddedDatabaseConfig {

	static final String ARCHIVE = "archive";

	@Bean
	EmbeddedDatabase embeddedDatabase(ArchiveProperties settings) {
		EmbeddedDatabase database = EmbeddedDatabase.startOrJoin(settings.database().embeddedDir());
		DatabaseBootstrap.createRoleAndDatabase(database.jdbcUrl(ARCHIVE), database.superuser(), "");
		return database;
	}

	@Bean
	JdbcConnectionDetails embeddedConnectionDetails(EmbeddedDatabase database) {
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return ARCHIVE;
			}

			@Override
			public String getPassword() {
				return ARCHIVE;
			}

			@Override
			public String getJdbcUrl() {
				return database.jdbcUrl(ARCHIVE);
			}

		};
	}

	static class NoDatabaseConfigured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}

	}

}
