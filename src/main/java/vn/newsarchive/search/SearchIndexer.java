package vn.newsarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.newsarchive.article.Article;
import vn.newsarchive.article.ArticleRepository;
import vn.newsarchive.system.ArchiveProperties;
import vn.newsarchive.system.IndexAdoption;
import vn.newsarchive.system.SearchSettings;

/**
 * Rebuilds the whole index from the database (articles, persons, documents), for the
 * {@code reindex} command and for a start with a missing, partial or outdated index.
 */
@Component
public class SearchIndexer implements IndexAdoption {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

	/** Loading threads for the mass indexer: the archive's machines have two cores. */
	private static final int LOADING_THREADS = 2;

	private final EntityManagerFactory entityManagerFactory;

	private final EntityManager entityManager;

	private final ArticleRepository articles;

	private final Path indexDirectory;

	private final IndexLayout layout;

	private final boolean shared;

	private final IndexLock lock;

	SearchIndexer(EntityManagerFactory entityManagerFactory, EntityManager entityManager, ArticleRepository articles,
			ArchiveProperties settings, IndexLayout layout, SearchSettings search, IndexLock lock) {
		this.indexDirectory = settings.indexDir();
		this.entityManagerFactory = entityManagerFactory;
		this.entityManager = entityManager;
		this.articles = articles;
		this.layout = layout;
		this.shared = search.shared();
		this.lock = lock;
	}

	/**
	 * Holds the index for one rebuild or check at a time, across every node when the
	 * index is shared.
	 */
	IndexLock.Held exclusive() {
		return this.lock.acquire();
	}

	/**
	 * The index was written by code of another shape (or by none: it is new), or it does
	 * not hold as many articles as the database: it is missing or emptied, or the archive
	 * stopped short during an import (imports let the index reach the disk a moment after
	 * the database).
	 */
	@Transactional(readOnly = true)
	public boolean needsRebuild() {
		if (!this.layout.isCurrent()) {
			return true;
		}
		long indexed = Search.session(this.entityManager)
			.search(Article.class)
			.where((f) -> f.matchAll())
			.fetchTotalHitCount();
		// a shared index is written by other nodes meanwhile: counts differ for a moment
		// all the time, so only an empty one is rebuilt (IndexReconciliation fills gaps)
		return this.shared ? (indexed == 0 && this.articles.count() > 0) : indexed != this.articles.count();
	}

	/**
	 * Called before a command writes into the index: an index with nothing in it yet is
	 * of every layout, so it is marked as this code's. The articles the command then
	 * indexes are the database's, and the next start finds the index whole instead of
	 * rebuilding it (which takes half an hour at a million articles).
	 */
	@Override
	@Transactional(readOnly = true)
	public void adoptIfEmpty() {
		try (IndexLock.Held held = exclusive()) {
			adoptIfEmptyHeld();
		}
	}

	private void adoptIfEmptyHeld() {
		if (!this.layout.isWritten() && Search.session(this.entityManager)
			.search(Object.class)
			.where((f) -> f.matchAll())
			.fetchTotalHitCount() == 0) {
			this.layout.write();
		}
	}

	/**
	 * Whether the index directory is still there: deleted under the running archive, its
	 * layout file goes with it.
	 */
	boolean isOnDisk() {
		return this.layout.isOnDisk();
	}

	/**
	 * Creates again the directories of a deleted index: Hibernate Search creates them
	 * only at start, and a rebuild into a missing directory would fail.
	 */
	void recreateDirectories() {
		try {
			for (var entity : Search.mapping(this.entityManagerFactory).allIndexedEntities()) {
				Files.createDirectories(
						this.indexDirectory.resolve(entity.indexManager().descriptor().hibernateSearchName()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create " + this.indexDirectory, ex);
		}
	}

	/** Empties the index and indexes every record again; returns how long it took. */
	public Duration rebuild() throws InterruptedException {
		try (IndexLock.Held held = exclusive()) {
			return rebuildHeld();
		}
	}

	private Duration rebuildHeld() throws InterruptedException {
		Instant start = Instant.now();
		Search.mapping(this.entityManagerFactory)
			.scope(Object.class)
			.massIndexer()
			// a shared index gets the analysis of this layout: a changed analyzer cannot
			// be applied to the live index; dropping it empties it too (both at once
			// only earns Hibernate Search's warning)
			.dropAndCreateSchemaOnStart(this.shared)
			.purgeAllOnStart(!this.shared)
			// one segment per index: facets and queries on 12 segments took ~5x longer
			.mergeSegmentsOnFinish(true)
			.threadsToLoadObjects(LOADING_THREADS)
			.startAndWait();
		this.layout.write();
		Duration took = Duration.between(start, Instant.now());
		log.info("Rebuilt the search index in {} ms", took.toMillis());
		return took;
	}

}
