package vn.newsarchive.system;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * A failure that is the loss of the database connection, not a verdict on the work: the
 * server ended the session (restart, failover, {@code pg_terminate_backend}) or the
 * network dropped it. The work can be tried again on another connection.
 * <p>
 * The pool drops a connection that failed so, but hands one out unchecked when it was
 * used less than half a second ago (HikariCP's {@code aliveBypassWindowMs}, 500 ms): when
 * the server ended all of them at once, the next few borrowed are dead too. A pause
 * longer than that window before the next try makes the pool test each connection it
 * hands out, so one pause is enough after a kill; the longer ones ride out a restart.
 */
public final class LostConnection {

	/** The pauses before each new try; their sum is how long a restart may take. */
	public static final List<Duration> PAUSES = List.of(Duration.ofMillis(600), Duration.ofMillis(1_200),
			Duration.ofMillis(2_400), Duration.ofMillis(4_800));

	private LostConnection() {
	}

	/**
	 * Whether the failure, or one of its causes, is a lost connection: SQLSTATE class
	 * {@code 08} (connection exception) or {@code 57P01}–{@code 57P03} (the server shut
	 * the session down, or cannot take it now).
	 */
	public static boolean causedBy(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof SQLException sql && (lostBySqlState(sql) || closedByThePool(sql))) {
				return true;
			}
		}
		return false;
	}

	private static boolean lostBySqlState(SQLException failure) {
		String state = failure.getSQLState();
		return state != null && (state.startsWith("08") || state.startsWith("57P0"));
	}

	/**
	 * HikariCP puts a closed stand-in behind a connection it found broken (SQLSTATE
	 * {@code 08}), whose every call fails with "Connection is closed" and no SQLSTATE.
	 * The rollback that follows a lost connection meets it, and Spring's transaction
	 * interceptor throws that failure instead of the first (it logs "Application
	 * exception overridden by rollback exception"): the lost connection is then only
	 * known by where the failure comes from.
	 */
	private static boolean closedByThePool(SQLException failure) {
		StackTraceElement[] frames = failure.getStackTrace();
		return failure.getSQLState() == null && "Connection is closed".equals(failure.getMessage()) && frames.length > 0
				&& frames[0].getClassName().startsWith("com.zaxxer.hikari.pool.");
	}

	/** The deepest cause's message, for a log line without a stack trace. */
	public static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

	/**
	 * Waits the pause before try {@code retry} (0 for the first new try).
	 * @return false when the tries are used up or the thread was interrupted
	 */
	public static boolean pauseBefore(int retry) {
		if (retry >= PAUSES.size()) {
			return false;
		}
		try {
			Thread.sleep(PAUSES.get(retry).toMillis());
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
