package vn.newsarchive.importer.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import vn.newsarchive.article.ArticleRepository;

/** On the first start of an empty archive, imports the articles in {@code seeds/}. */
@Component
@ConditionalOnProperty(name = "archive.seed.enabled", havingValue = "true")
class SeedImporter implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SeedImporter.class);

	private final ImportService importService;

	private final ArticleRepository articles;

	private final Path seedDirectory;

	SeedImporter(ImportService importService, ArticleRepository articles, @Value("${archive.seed.dir}") Path dir) {
		this.importService = importService;
		this.articles = articles;
		this.seedDirectory = dir;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.articles.count() > 0) {
			return;
		}
		if (!Files.isDirectory(this.seedDirectory)) {
			log.warn("The archive is empty and there is no seed folder at {}", this.seedDirectory.toAbsolutePath());
			return;
		}
		ImportSummary summary = this.importService.importPaths(List.of(this.seedDirectory),
				(index, total, outcome) -> log.info("Seed {}/{} {}: {}", index, total, outcome.file(),
						(outcome.message() != null) ? outcome.message() : outcome.status()));
		log.info("Seeded the archive: imported {}, duplicates {}, failed {}", summary.imported(), summary.duplicates(),
				summary.failed());
	}

}
