package vn.newsarchive.importer.store;

/** Told after each file, so a long import shows where it is. */
@FunctionalInterface
public interface ImportProgress {

	ImportProgress NONE = (index, total, outcome) -> {
	};

	void fileDone(int index, int total, ImportOutcome outcome);

}
