package vn.newsarchive.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The archive's counts kept on write (migration V6): triggers append every change of a
 * count to {@code archive_tally_change}, and {@link #fold()} adds the appended changes
 * into {@code archive_tally}, whose rows readers read by key or in order of size. Writers
 * only append, so concurrent imports never wait on a shared counter row.
 * <p>
 * A page folds before it reads, so it shows every committed write; a fold with nothing to
 * add costs a tenth of a millisecond. The fold runs on a connection of its own, outside
 * the page's read-only transaction, and is no write of the archive's records: it leaves
 * the page cache alone. A fold every few seconds keeps the appended rows few while an
 * import runs.
 */
@Component
public class ArchiveTallies {

	/** A kind of count, as the migration's triggers name it. */
	public enum Kind {

		ARTICLES("articles"), PERSONS("persons"), RESOLUTIONS("resolutions"), MEETINGS("meetings"),
		/** Articles per month, keyed by {@code yyyymm}. */
		MONTH("month"),
		/** A person's articles, keyed by person id. */
		MENTIONS("mentions"),
		/** A person's meetings, keyed by person id. */
		ATTENDED("attended"),
		/** A document's citing articles, keyed by document id. */
		CITATIONS("citations"),
		/** A document's meetings, keyed by document id. */
		DISCUSSED("discussed");

		private final String column;

		Kind(String column) {
			this.column = column;
		}

		public String key() {
			return this.column;
		}

		static Kind of(String column) {
			return Arrays.stream(values())
				.filter((kind) -> kind.column.equals(column))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException(column));
		}

	}

	private static final long FOLD_EVERY_MILLISECONDS = 2000;

	private static final Logger log = LoggerFactory.getLogger(ArchiveTallies.class);

	/**
	 * How many folded changes leave enough dead rows behind to vacuum the two tables the
	 * fold churns. Every fold deletes what it adds and rewrites the tallies it changes;
	 * an import of 100,000 articles left a million dead rows, and each fold, even of
	 * nothing, then read them all (35 to 110 ms for every page). Autovacuum would clear
	 * them, but is not always on (it is off on the machines the benchmarks run on).
	 */
	static final long TIDY_AFTER_FOLDED = 20_000;

	private final DataSource dataSource;

	private final DatabaseUpkeep upkeep;

	private final AtomicLong foldedSinceTidy = new AtomicLong();

	ArchiveTallies(DataSource dataSource, DatabaseUpkeep upkeep) {
		this.dataSource = dataSource;
		this.upkeep = upkeep;
	}

	/**
	 * The folder's round every few seconds, so the appended rows stay few while an import
	 * runs, with a vacuum of the churned tables after every {@value #TIDY_AFTER_FOLDED}
	 * folded changes.
	 */
	@Scheduled(fixedDelay = FOLD_EVERY_MILLISECONDS, initialDelay = FOLD_EVERY_MILLISECONDS)
	void foldAndTidy() {
		long folded;
		try {
			folded = fold();
		}
		catch (DataAccessResourceFailureException ex) {
			if (!LostConnection.causedBy(ex)) {
				throw ex;
			}
			// the next round folds what waits; a stack trace every two seconds of an
			// outage would bury the one line that matters
			log.warn("The tallies wait for the database: {}", LostConnection.rootMessage(ex));
			return;
		}
		if (folded > 0 && this.foldedSinceTidy.addAndGet(folded) >= TIDY_AFTER_FOLDED) {
			this.foldedSinceTidy.set(0);
			tidy();
		}
	}

	/** Vacuums the change log and the tallies. */
	void tidy() {
		this.upkeep.vacuum("archive_tally_change, archive_tally, tenure_tally_change, tenure_tally");
	}

	/**
	 * Adds the changes appended so far into the tallies and returns how many were added;
	 * waits for a fold under way to finish. With nothing appended it returns at once,
	 * without the fold lock: pages fold before they read, and must not queue behind each
	 * other for nothing.
	 */
	public long fold() {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				if (!hasChanges(statement)) {
					connection.commit();
					return 0;
				}
				// the function takes the fold lock without waiting: wait for it here
				statement.execute("select pg_advisory_xact_lock(hashtext('archive_tally_fold'))");
				try (ResultSet result = statement.executeQuery("select archive_tally_fold()")) {
					result.next();
					long folded = result.getLong(1);
					connection.commit();
					return folded;
				}
			}
			catch (SQLException ex) {
				connection.rollback();
				throw ex;
			}
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("Cannot fold the archive's tallies", ex);
		}
	}

	private static boolean hasChanges(Statement statement) throws SQLException {
		try (ResultSet result = statement.executeQuery(
				"select exists (select 1 from archive_tally_change) or exists (select 1 from tenure_tally_change)")) {
			result.next();
			return result.getBoolean(1);
		}
	}

	/**
	 * Counts of one record (or, with key 0, of the whole archive) as of the last fold,
	 * read in the caller's transaction; a kind without a row counts 0.
	 */
	public static Map<Kind, Long> counts(EntityManager em, long key, Kind... kinds) {
		Map<Kind, Long> counts = new EnumMap<>(Kind.class);
		for (Kind kind : kinds) {
			counts.put(kind, 0L);
		}
		List<?> rows = em.createNativeQuery("select kind, n from archive_tally where key = :key and kind in (:kinds)")
			.setParameter("key", key)
			.setParameter("kinds", Arrays.stream(kinds).map(Kind::key).toList())
			.getResultList();
		for (Object row : rows) {
			Object[] columns = (Object[]) row;
			counts.put(Kind.of((String) columns[0]), ((Number) columns[1]).longValue());
		}
		return counts;
	}

	@Configuration(proxyBeanMethods = false)
	@EnableScheduling
	static class Folding {

	}

}
