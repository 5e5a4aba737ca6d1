package vn.newsarchive.importer.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The article files an import path names: the file itself, or a folder's articles. */
final class ArticleFiles {

	/** Files taken from a folder; a file named explicitly is always tried. */
	private static final List<String> ARTICLE_EXTENSIONS = List.of(".txt", ".html", ".htm");

	private ArticleFiles() {
	}

	static List<Path> in(Path path) throws IOException {
		if (!Files.isDirectory(path)) {
			if (!Files.exists(path)) {
				throw new IOException("no such file or folder");
			}
			return List.of(path);
		}
		try (Stream<Path> entries = Files.list(path)) {
			return entries.filter(Files::isRegularFile)
				.filter((file) -> !file.getFileName().toString().startsWith("."))
				.filter((file) -> ARTICLE_EXTENSIONS.stream()
					.anyMatch((ext) -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(ext)))
				.sorted()
				.toList();
		}
	}

}
