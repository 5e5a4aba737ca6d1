package vn.newsarchive.kernel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A word list kept as a resource under {@code /importer/} (where the importer's and the
 * features' vocabularies live, {@code src/main/resources/importer}): one entry a line,
 * blank lines and lines starting with {@code #} ignored, entries NFC.
 */
public final class WordList {

	private final List<String> entries;

	private WordList(List<String> entries) {
		this.entries = Collections.unmodifiableList(entries);
	}

	public static WordList load(String name) {
		String path = "/importer/" + name;
		try (InputStream in = WordList.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Missing word list " + path);
			}
			List<String> entries = new ArrayList<>();
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String entry = VietnameseText.clean(line);
				if (!entry.isEmpty() && !entry.startsWith("#")) {
					entries.add(entry);
				}
			}
			return new WordList(entries);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A list built in code from entries already loaded elsewhere. */
	public static WordList of(List<String> entries) {
		return new WordList(entries.stream().map(VietnameseText::clean).toList());
	}

	public List<String> entries() {
		return this.entries;
	}

	/** The entries as comparison keys (see {@link VietnameseText#key}). */
	public Set<String> keys() {
		return this.entries.stream().map(VietnameseText::key).collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * A regex alternation of the entries, longest first so that the longest entry wins,
	 * with each space matching any run of spaces.
	 */
	public String alternation() {
		return this.entries.stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map((entry) -> Pattern.quote(entry).replace(" ", "\\E\\s+\\Q"))
			.collect(Collectors.joining("|", "(?:", ")"));
	}

}
