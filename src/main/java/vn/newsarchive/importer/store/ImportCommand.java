package vn.newsarchive.importer.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.newsarchive.system.ArchiveCommand;

/**
 * {@code import PATH...}: files or folders into the archive, with progress, a summary,
 * and exit code 1 when any file failed.
 */
@Component
class ImportCommand implements ArchiveCommand {

	private final ImportService importService;

	private final PrintStream out;

	ImportCommand(ImportService importService) {
		this.importService = importService;
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
		ImportSummary summary = this.importService.importPaths(paths, this::report);
		this.out.printf("Imported %d, duplicates %d, failed %d.%n", summary.imported(), summary.duplicates(),
				summary.failed());
		return (summary.failed() > 0) ? 1 : 0;
	}

	private void report(int index, int total, ImportOutcome outcome) {
		String detail = switch (outcome.status()) {
			case IMPORTED -> "imported as article " + outcome.articleId() + ": " + outcome.title();
			case DUPLICATE -> "duplicate, " + outcome.message();
			case FAILED -> "FAILED: " + outcome.message();
		};
		this.out.printf("[%d/%d] %s: %s%n", index, total, outcome.file(), detail);
	}

}
