package vn.newsarchive.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Response times of one engine, in nanoseconds, and their percentiles in milliseconds.
 */
final class LatencySamples {

	private final List<Long> nanos = new ArrayList<>();

	void add(long nanos) {
		this.nanos.add(nanos);
	}

	void addAll(LatencySamples other) {
		this.nanos.addAll(other.nanos);
	}

	int count() {
		return this.nanos.size();
	}

	/** Nearest-rank percentile, in milliseconds. */
	double percentile(double p) {
		if (this.nanos.isEmpty()) {
			return Double.NaN;
		}
		List<Long> sorted = new ArrayList<>(this.nanos);
		Collections.sort(sorted);
		int rank = (int) Math.ceil(p / 100 * sorted.size());
		return sorted.get(Math.max(0, rank - 1)) / 1e6;
	}

	double max() {
		return percentile(100);
	}

}
