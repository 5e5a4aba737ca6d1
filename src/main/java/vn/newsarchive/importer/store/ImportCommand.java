package vn.newsarchive.importer.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.newsarchive.system.ArchiveCommand;
import vn.newsarchive.system.DatabaseUpkeep;
import vn.newsarchive.system.IndexAdoption;

/**
 * {@code import PATH...}: files or folders into the archive, with progress, a summary,
 * and exit code 1 when any file failed. Stopped (SIGTERM, Ctrl-C), it stores the articles
 * in flight, says how far it got and exits; the same command run again goes on where it
 * stopped.
 */
@Component
class ImportCommand implements ArchiveCommand {

	private final ImportService importService;

	private final IndexAdoption index;

	private final DatabaseUpkeep upkeep;

	private final ImportShutdown shutdown;

	private final PrintStream out;

	private ImportPace pace;

	ImportCommand(ImportService importService, IndexAdoption index, DatabaseUpkeep upkeep, ImportShutdown shutdown) {
		this.importService = importService;
		this.index = index;
		this.upkeep = upkeep;
		this.shutdown = shutdown;
		this.out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
	}

	@Override
	public String name() {
		return "import";
	}

	@Override
	public int run(String[] args) {
		if (args.length == 0) {
			this.out.println("Usage: import PATH... (article files, or folders of .txt/.html files)");
			return 2;
		}
		List<Path> paths = Arrays.stream(args).map(Path::of).toList();
		// a stop (SIGTERM) waits until the summary is printed
		try (ImportShutdown.Hold running = this.shutdown.hold()) {
			this.index.adoptIfEmpty();
			this.pace = ImportPace.startingNow();
			ImportSummary summary = this.importService.importPaths(paths, this::report);
			// stopped, the process is to end now: the next run updates the statistics
			if (summary.imported() > 0 && !summary.stopped()) {
				long start = System.nanoTime();
				this.upkeep.vacuumAndAnalyze();
				this.out.printf("Updated the database's statistics in %.1f s.%n", (System.nanoTime() - start) / 1e9);
			}
			this.out.printf("Imported %d, duplicates %d, failed %d.%n", summary.imported(), summary.duplicates(),
					summary.failed());
			if (summary.stopped()) {
				this.out.printf(
						"Stopped before the end: %d of %d files not read. Run the same command again to "
								+ "import them: the files already in the archive are recognised as duplicates.%n",
						summary.notRead(), summary.outcomes().size() + summary.notRead());
			}
			return (summary.failed() > 0 || summary.stopped()) ? 1 : 0;
		}
	}

	private void report(int index, int total, ImportOutcome outcome) {
		String detail = switch (outcome.status()) {
			case IMPORTED -> "imported as article " + outcome.articleId() + ": " + outcome.title();
			case DUPLICATE -> "duplicate, " + outcome.message();
			case FAILED -> "FAILED: " + outcome.message();
		};
		String pace = (total > 1) ? this.pace.after(index, total) : "";
		this.out.printf("[%d/%d] %s: %s%s%n", index, total, outcome.file(), detail,
				pace.isEmpty() ? "" : " (" + pace + ")");
	}

}
