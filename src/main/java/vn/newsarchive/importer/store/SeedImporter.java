package vn.newsarchive.importer.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import vn.newsarchive.article.ArticleRepository;
import vn.newsarchive.system.ArchiveProperties;

/** On the first start of an empty archive, imports the articles in {@code seeds/}. */
@Component
class SeedImporter implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SeedImporter.class);

	private final ImportService importService;

	private final ArticleRepository articles;

	private final boolean enabled;

	private final Path seedDirectory;

	SeedImporter(ImportService importService, ArticleRepository articles, ArchiveProperties.Seed settings) {
		this.importService = importService;
		this.articles = articles;
		this.enabled = settings.enabled();
		this.seedDirectory = settings.dir();
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled || this.articles.count() > 0) {
			return;
		}
		if (!Files.isDirectory(this.seedDirectory)) {
			log.warn("The archive is empty and there is no seed folder at {}", this.seedDirectory.toAbsolutePath());
			return;
		}
		ImportSummary summary = this.importService.importPaths(List.of(this.seedDirectory),
				(index, total, outcome) -> log.info("Seed {}/{} {}: {}", index, total, outcome.file(),
						(outcome.message() != null) ? outcome.message() : outcome.status()));
		log.info("Seeded the archive: imported {}, duplicates {}, failed {}, not read (stopped) {}", summary.imported(),
				summary.duplicates(), summary.failed(), summary.notRead());
	}

}
