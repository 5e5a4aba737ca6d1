package vn.newsarchive.importer.store;

import java.util.List;

/**
 * The outcome of an import run, one entry per file it read, in order, and the number of
 * files it did not read because the archive was stopped.
 */
public record ImportSummary(List<ImportOutcome> outcomes, int notRead) {

	/** Whether the run was stopped before it read every file. */
	public boolean stopped() {
		return this.notRead > 0;
	}

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
