package vn.newsarchive.system;

/** A command-line action that needs the database (import, reindex, token). */
public interface ArchiveCommand {

	String name();

	/** Runs the command and returns the process exit code. */
	int run(String[] args);

}
