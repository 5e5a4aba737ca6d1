package vn.newsarchive.search;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.newsarchive.article.Article;
import vn.newsarchive.person.Person;
import vn.newsarchive.resolution.Resolution;
import vn.newsarchive.system.AuditedEntity;

/**
 * With a shared index, a node writes the index after its database commit: a node that
 * dies in between leaves the index without that write. (Hibernate Search's outbox-polling
 * coordination, which would keep such writes in the database, has no release for this
 * Hibernate Search version.) So every {@code archive.search.reconcile-interval} one node
 * compares each indexed record's version in the database with the version in the index,
 * in pages of ids, and indexes again those the index lacks or holds older; records that
 * embed them (a renamed person's articles) follow. The first pass after a start looks at
 * every record; the later ones at those changed since the pass before (with a margin for
 * slow transactions and clocks).
 */
public class IndexReconciliation {

	private static final Logger log = LoggerFactory.getLogger(IndexReconciliation.class);

	static final int PAGE = 1000;

	private static final Duration MARGIN = Duration.ofMinutes(10);

	private static final Map<Class<? extends AuditedEntity>, String> TABLES = Map.of(Article.class, "article",
			Person.class, "person", Resolution.class, "resolution");

	private final JdbcTemplate jdbc;

	private final EntityManagerFactory entityManagerFactory;

	private final IndexLock lock;

	private final Duration interval;

	private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "index-reconciliation");
		thread.setDaemon(true);
		return thread;
	});

	/** Start of the last whole pass; null before the first. */
	private Instant lastPass;

	IndexReconciliation(JdbcTemplate jdbc, EntityManagerFactory entityManagerFactory, IndexLock lock,
			Duration interval) {
		this.jdbc = jdbc;
		this.entityManagerFactory = entityManagerFactory;
		this.lock = lock;
		this.interval = interval;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		if (this.interval.isZero()) {
			return;
		}
		long millis = this.interval.toMillis();
		this.executor.scheduleWithFixedDelay(this::runQuietly, millis, millis, TimeUnit.MILLISECONDS);
	}

	/** Lets a pass under way finish (a pass cut short would log errors for nothing). */
	@PreDestroy
	void stop() throws InterruptedException {
		this.executor.shutdown();
		this.executor.awaitTermination(30, TimeUnit.SECONDS);
	}

	private void runQuietly() {
		try {
			reconcile();
		}
		catch (RuntimeException ex) {
			log.warn("Comparing the search index with the database failed; trying again in {}", this.interval, ex);
		}
	}

	/**
	 * One pass, as the schedule runs it (operators and tests may run one at will);
	 * returns how many records it indexed again.
	 */
	public int reconcile() {
		Instant start = Instant.now();
		Instant since = (this.lastPass != null) ? this.lastPass.minus(MARGIN).minus(this.interval) : null;
		int reindexed = 0;
		try (IndexLock.Held held = this.lock.acquire()) {
			for (Map.Entry<Class<? extends AuditedEntity>, String> type : TABLES.entrySet()) {
				reindexed += reconcile(type.getKey(), type.getValue(), since);
			}
		}
		this.lastPass = start;
		if (reindexed > 0) {
			log.info("Indexed {} records again that the search index lacked or held older", reindexed);
		}
		return reindexed;
	}

	private int reconcile(Class<? extends AuditedEntity> type, String table, Instant since) {
		int reindexed = 0;
		long after = Long.MIN_VALUE;
		while (true) {
			Map<Long, Long> versions = new HashMap<>();
			List<Long> ids = new ArrayList<>();
			this.jdbc.query("select id, version from " + table + " where id > ? and (?::timestamptz is null "
					+ "or updated_at >= ?::timestamptz) order by id limit " + PAGE, (rs) -> {
						ids.add(rs.getLong(1));
						versions.put(rs.getLong(1), rs.getLong(2));
					}, after, timestamp(since), timestamp(since));
			if (ids.isEmpty()) {
				return reindexed;
			}
			Map<Long, Long> indexed = indexedVersions(type, ids);
			List<Long> lacking = ids.stream()
				.filter((id) -> !Objects.equals(indexed.get(id), versions.get(id)))
				.toList();
			if (!lacking.isEmpty()) {
				reindex(type, lacking);
				reindexed += lacking.size();
			}
			after = ids.get(ids.size() - 1);
		}
	}

	private Map<Long, Long> indexedVersions(Class<? extends AuditedEntity> type, List<Long> ids) {
		EntityManager entityManager = this.entityManagerFactory.createEntityManager();
		try {
			Map<Long, Long> indexed = new HashMap<>();
			Search.session(entityManager)
				.search(type)
				.select((f) -> f.composite()
					.from(f.id(Long.class), f.field(IndexMapping.VERSION, Long.class))
					.asList((values) -> values))
				.where((f) -> f.id().matchingAny(ids))
				.fetchHits(ids.size())
				.forEach((values) -> indexed.put((Long) values.get(0), (Long) values.get(1)));
			return indexed;
		}
		finally {
			entityManager.close();
		}
	}

	/**
	 * Writes the records' documents now, in a transaction that writes nothing to the
	 * database and is rolled back: no page any node keeps is made stale by this.
	 */
	private void reindex(Class<? extends AuditedEntity> type, List<Long> ids) {
		EntityManager entityManager = this.entityManagerFactory.createEntityManager();
		try {
			entityManager.getTransaction().begin();
			SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
			for (Long id : ids) {
				AuditedEntity entity = entityManager.find(type, id);
				if (entity != null) {
					plan.addOrUpdate(entity);
				}
			}
			plan.execute();
			entityManager.getTransaction().rollback();
		}
		finally {
			entityManager.close();
		}
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

}
