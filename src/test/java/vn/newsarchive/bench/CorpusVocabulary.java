package vn.newsarchive.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.newsarchive.kernel.VietnameseText;

/**
 * The real text the synthetic corpus is built from: sentences, titles, names, title
 * chains, document codes and sources of the hand-checked seed extractions
 * ({@code src/test/resources/golden}) and the development set
 * ({@code src/test/resources/devset}), plus the importer's word lists. Read in a fixed
 * order, so the same files give the same vocabulary.
 */
record CorpusVocabulary(List<String> sentences, List<String> titles, List<String> realNames,
		List<List<String>> titleChains, List<String> familyNames, List<String> middleNames, List<String> givenNames,
		List<String> sources, List<String> captions) {

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…”])\\s+(?=[\\p{Lu}“])");

	static CorpusVocabulary read(Path projectRoot) {
		try {
			return new Reader(projectRoot).read();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static final class Reader {

		private final ObjectMapper json = new ObjectMapper();

		private final Path root;

		private final Set<String> sentences = new LinkedHashSet<>();

		private final Set<String> titles = new LinkedHashSet<>();

		private final Set<String> names = new LinkedHashSet<>();

		private final List<List<String>> chains = new ArrayList<>();

		private final Set<String> sources = new LinkedHashSet<>();

		private final Set<String> captions = new LinkedHashSet<>();

		Reader(Path root) {
			this.root = root;
		}

		CorpusVocabulary read() throws IOException {
			for (Path file : files(this.root.resolve("src/test/resources/golden"), ".json")) {
				golden(this.json.readTree(file.toFile()));
			}
			Path devset = this.root.resolve("src/test/resources/devset");
			for (Path file : files(devset, ".json")) {
				JsonNode labels = this.json.readTree(file.toFile());
				labels.path("persons").forEach((name) -> this.names.add(name.asText()));
				addTitle(labels.path("title").asText(null));
			}
			for (Path file : files(devset, ".txt")) {
				List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
				// the last line of a development-set file stops mid-word
				lines.subList(0, Math.max(0, lines.size() - 1)).forEach(this::addParagraph);
			}
			// a generated name is family, middle and given name in the Kinh way; a clan
			// of
			// two words (Gia Rai "Rơ Lan") before Kinh middle names makes a five-word
			// name
			// nobody has, which the importer rightly does not read as one
			List<String> family = wordList("family-names.txt").stream().filter((name) -> !name.contains(" ")).toList();
			Set<String> middle = new LinkedHashSet<>();
			Set<String> given = new LinkedHashSet<>();
			for (String name : this.names) {
				String[] syllables = name.split(" ");
				given.add(syllables[syllables.length - 1]);
				for (int i = 1; i < syllables.length - 1; i++) {
					middle.add(syllables[i]);
				}
			}
			wordList("agencies.txt").stream().limit(20).forEach(this.sources::add);
			return new CorpusVocabulary(List.copyOf(this.sentences), List.copyOf(this.titles), List.copyOf(this.names),
					List.copyOf(this.chains), family, List.copyOf(middle), List.copyOf(given),
					List.copyOf(this.sources), List.copyOf(this.captions));
		}

		private void golden(JsonNode article) {
			addTitle(article.path("title").asText(null));
			article.path("related").forEach((title) -> addTitle(title.asText()));
			addParagraph(article.path("lead").asText(""));
			article.path("body").forEach((paragraph) -> addParagraph(paragraph.asText()));
			article.path("captions").forEach((caption) -> this.captions.add(caption.path("text").asText()));
			if (!article.path("source").isNull()) {
				this.sources.add(article.path("source").asText());
			}
			for (JsonNode person : article.path("persons")) {
				this.names.add(person.path("name").asText());
				List<String> chain = new ArrayList<>();
				person.path("titles").forEach((title) -> chain.add(title.asText()));
				if (!chain.isEmpty()) {
					this.chains.add(List.copyOf(chain));
				}
			}
		}

		private void addTitle(String title) {
			if (title != null && title.length() > 20) {
				this.titles.add(VietnameseText.nfc(title.strip()));
			}
		}

		private void addParagraph(String paragraph) {
			for (String sentence : SENTENCE_END.split(VietnameseText.nfc(paragraph.strip()))) {
				// keep whole sentences of prose; drop stamps, chrome and slug lines
				if (sentence.length() >= 40 && sentence.matches("(?s)^[\\p{Lu}“].*[.!?…”]$")) {
					this.sentences.add(sentence);
				}
			}
		}

		private List<String> wordList(String name) throws IOException {
			Path file = this.root.resolve("src/main/resources/importer").resolve(name);
			return Files.readAllLines(file, StandardCharsets.UTF_8)
				.stream()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
		}

		private static List<Path> files(Path folder, String suffix) throws IOException {
			try (Stream<Path> files = Files.list(folder)) {
				return files.filter((file) -> file.toString().endsWith(suffix)).sorted().toList();
			}
		}

	}

}
