package vn.newsarchive.importer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import vn.newsarchive.importer.ArticleExtractor;

/**
 * {@code extract PATH...}: prints one JSON object per input file (JSON Lines), in
 * argument order, without touching any database. A file that cannot be read as an article
 * prints an object with an {@code error} field and makes the exit code 1; the others are
 * still printed.
 */
public final class ExtractCommand {

	private final ArticleExtractor extractor;

	public ExtractCommand(ArticleExtractor extractor) {
		this.extractor = extractor;
	}

	public int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length == 0) {
			err.println("Usage: extract PATH... (article files, or folders of them)");
			return 2;
		}
		boolean failed = false;
		for (String arg : args) {
			for (Path file : files(Path.of(arg))) {
				Result result = extractOne(file);
				failed |= result.failed();
				out.println(result.line());
			}
		}
		out.flush();
		return failed ? 1 : 0;
	}

	private Result extractOne(Path file) {
		try {
			byte[] content = Files.readAllBytes(file);
			return new Result(ExtractionJson.line(ExtractionJson.of(this.extractor.extract(file.toString(), content))),
					false);
		}
		catch (IOException ex) {
			return failure(file, "cannot read the file: " + ex);
		}
		catch (RuntimeException ex) {
			return failure(file, (ex.getMessage() != null) ? ex.getMessage() : ex.toString());
		}
	}

	private static Result failure(Path file, String message) {
		return new Result(ExtractionJson.line(ExtractionJson.error(file.toString(), message)), true);
	}

	private record Result(String line, boolean failed) {
	}

	/** A folder stands for its regular files in name order; anything else for itself. */
	private static List<Path> files(Path path) {
		if (!Files.isDirectory(path)) {
			return List.of(path);
		}
		try (Stream<Path> entries = Files.list(path)) {
			return entries.filter(Files::isRegularFile)
				.filter((file) -> !file.getFileName().toString().startsWith("."))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			return new ArrayList<>(List.of(path));
		}
	}

}
