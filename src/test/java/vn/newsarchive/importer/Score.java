package vn.newsarchive.importer;

import java.util.Set;

/**
 * True positives, false positives and false negatives of a set of found keys against the
 * labelled ones, summed over files; written {@code tp/fp/fn}.
 */
final class Score {

	private int tp;

	private int fp;

	private int fn;

	static Score of(Set<String> gold, Set<String> found) {
		Score score = new Score();
		score.tp = (int) found.stream().filter(gold::contains).count();
		score.fp = found.size() - score.tp;
		score.fn = gold.size() - score.tp;
		return score;
	}

	void add(Score other) {
		this.tp += other.tp;
		this.fp += other.fp;
		this.fn += other.fn;
	}

	double f1() {
		return (this.tp == 0) ? ((this.fp + this.fn == 0) ? 1.0 : 0.0)
				: 2.0 * this.tp / (2.0 * this.tp + this.fp + this.fn);
	}

	double recall() {
		return (this.tp + this.fn == 0) ? 1.0 : this.tp / (double) (this.tp + this.fn);
	}

	@Override
	public String toString() {
		return this.tp + "/" + this.fp + "/" + this.fn;
	}

}
