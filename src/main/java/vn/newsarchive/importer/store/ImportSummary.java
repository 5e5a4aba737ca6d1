package vn.newsarchive.importer.store;

import java.util.List;

/** The outcome of an import run, one entry per input file in order. */
public record ImportSummary(List<ImportOutcome> outcomes) {

	public long imported() {
		return count(ImportOutcome.Status.IMPORTED);
	}

	public long duplicates() {
		return count(ImportOutcome.Status.DUPLICATE);
	}

	public long failed() {
		return count(ImportOutcome.Status.FAILED);
	}

	private long count(ImportOutcome.Status status) {
		return this.outcomes.stream().filter((outcome) -> outcome.status() == status).count();
	}

}
