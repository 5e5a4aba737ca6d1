package vn.newsarchive.importer.store;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.newsarchive.importer.ArticleExtractor;

/** Wires the plain-Java extraction pipeline into the application. */
@Configuration(proxyBeanMethods = false)
class ImporterConfig {

	// TRANSITIONAL: replaced by the real ArticlePipeline when the extraction stages are
	// merged.
	@Bean
	ArticleExtractor articleExtractor() {
		return (name, content) -> {
			throw new IllegalStateException("the extraction pipeline is not wired yet");
		};
	}

}
