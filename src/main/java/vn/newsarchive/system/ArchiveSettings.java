package vn.newsarchive.system;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds {@link ArchiveProperties} once and hands each feature only its own part, so a
 * feature's constructor says which settings it reads.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ArchiveProperties.class)
class ArchiveSettings {

	@Bean
	ArchiveProperties.Admin firstAdminSettings(ArchiveProperties properties) {
		return properties.admin();
	}

	@Bean
	ArchiveProperties.SignIn signInSettings(ArchiveProperties properties) {
		return properties.signIn();
	}

	@Bean
	ArchiveProperties.Seed seedSettings(ArchiveProperties properties) {
		return properties.seed();
	}

	@Bean
	ArchiveProperties.PageCache pageCacheSettings(ArchiveProperties properties) {
		return properties.pageCache();
	}

	@Bean
	SiteProperties siteSettings(ArchiveProperties properties) {
		return properties.site();
	}

	@Bean
	SearchSettings searchSettings(ArchiveProperties properties) {
		return properties.search();
	}

	@Bean
	RateLimitProperties rateLimitSettings(ArchiveProperties properties) {
		return properties.rateLimit();
	}

	@Bean
	IndexWatchProperties indexWatchSettings(ArchiveProperties properties) {
		return properties.indexWatch();
	}

	@Bean
	ReaderReportProperties readerReportSettings(ArchiveProperties properties) {
		return properties.reports();
	}

}
