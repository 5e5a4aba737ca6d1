package vn.newsarchive.importer.store;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * How fast an import goes and how long it has left, from the files done since it began: a
 * newsroom loading a backlog of 100,000 articles wants to know whether to wait or to go
 * home.
 */
final class ImportPace {

	private final LongSupplier nanoClock;

	private final long start;

	ImportPace(LongSupplier nanoClock) {
		this.nanoClock = nanoClock;
		this.start = nanoClock.getAsLong();
	}

	static ImportPace startingNow() {
		return new ImportPace(System::nanoTime);
	}

	/**
	 * {@code "212 articles/s, 0:38 left"}, or an empty string before a rate can be told.
	 */
	String after(int done, int total) {
		long elapsed = this.nanoClock.getAsLong() - this.start;
		if (done <= 0 || elapsed <= 0) {
			return "";
		}
		double perSecond = done * 1e9 / elapsed;
		long secondsLeft = Math.round((total - done) / perSecond);
		return "%.0f articles/s, %s left".formatted(perSecond, clock(Duration.ofSeconds(secondsLeft)));
	}

	private static String clock(Duration left) {
		long hours = left.toHours();
		return (hours > 0) ? "%d:%02d:%02d".formatted(hours, left.toMinutesPart(), left.toSecondsPart())
				: "%d:%02d".formatted(left.toMinutesPart(), left.toSecondsPart());
	}

}
