package vn.newsarchive.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import vn.newsarchive.importer.model.Caption;
import vn.newsarchive.importer.model.SegmentedArticle;
import vn.newsarchive.kernel.PartialDate;

/**
 * Builds {@link SegmentedArticle}s for tests. Until the segmenter is wired in, real files
 * are split naively: on blank lines, with hard-wrapped lines joined.
 */
public final class Fixtures {

	private Fixtures() {
	}

	public static SegmentedArticle body(String... paragraphs) {
		return article(null, null, null, List.of(paragraphs), List.of());
	}

	public static SegmentedArticle article(String title, String lead, PartialDate published, List<String> body,
			List<String> captions) {
		return new SegmentedArticle(title, lead, published, null, List.of(),
				captions.stream().map((c) -> new Caption(c, null)).toList(), List.of(), List.of(), body, null);
	}

	/**
	 * The devset file split on blank lines, hard-wrapped lines joined, everything as
	 * body.
	 */
	public static SegmentedArticle devset(String name) {
		return article(null, null, null, blocks(resource("/devset/" + name + ".txt")), List.of());
	}

	public static String resource(String path) {
		try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static List<String> blocks(String text) {
		return Arrays.stream(text.split("\\n\\s*\\n"))
			.map((b) -> b.replace('\n', ' ').strip())
			.filter((b) -> !b.isEmpty())
			.toList();
	}

	/**
	 * The lines of a seed (one paragraph a line in the seeds), numbered from 1 as in an
	 * editor.
	 */
	public static List<String> seedLines(String file) {
		try {
			return Files.readAllLines(Path.of("seeds", file), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
