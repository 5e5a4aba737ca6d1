package vn.newsarchive.importer.store;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.newsarchive.importer.ArticleExtractor;
import vn.newsarchive.importer.ArticlePipeline;

/** Wires the plain-Java extraction pipeline into the application. */
@Configuration(proxyBeanMethods = false)
class ImporterConfig {

	@Bean
	ArticleExtractor articleExtractor() {
		return new ArticlePipeline();
	}

}
