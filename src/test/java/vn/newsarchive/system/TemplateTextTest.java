package vn.newsarchive.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every piece of UI text goes through a message key: no template holds text of its own,
 * and every key exists in Vietnamese and English.
 */
class TemplateTextTest {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Path RESOURCES = Path.of("src/main/resources");

	/** Text that is the same in every language: punctuation, separators, symbols. */
	static final Pattern NEUTRAL = Pattern.compile("[\\p{P}\\p{S}\\s]*");

	static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([\\w.-]+)");

	static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((f) -> f.toString().endsWith(".html")).sorted().toList();
		}
	}

	static Document parse(Path template) throws IOException {
		return Jsoup.parse(Files.readString(template), "", Parser.htmlParser());
	}

	/**
	 * Attributes that replace an element's body, so its own text never reaches a reader.
	 */
	static final List<String> REPLACING = List.of("th:text", "th:utext", "th:replace", "th:insert");

	/**
	 * Text nodes an element prints as written, i.e. that no th:text or th:utext replaces.
	 */
	static List<String> hardCodedText(Path template) throws IOException {
		List<String> found = new ArrayList<>();
		for (Element element : parse(template).getAllElements()) {
			if (REPLACING.stream().anyMatch(element::hasAttr) || isLanguageName(element)
					|| element.tagName().equals("script") || element.tagName().equals("style")) {
				continue;
			}
			for (TextNode text : element.textNodes()) {
				if (!NEUTRAL.matcher(text.text()).matches()) {
					found.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> \"" + text.text().strip()
							+ "\"");
				}
			}
		}
		return found;
	}

	/** A language's own name ("Tiếng Việt", "English") is written in that language. */
	static boolean isLanguageName(Element element) {
		return element.hasAttr("lang");
	}

	static Set<String> keys(String bundle) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(RESOURCES.resolve(bundle))) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}

	@Test
	void templatesHoldNoHardCodedText() throws IOException {
		List<String> violations = new ArrayList<>();
		for (Path template : templates()) {
			violations.addAll(hardCodedText(template));
		}
		assertThat(violations).isEmpty();
	}

	@Test
	void theCheckCatchesHardCodedText() throws IOException {
		Path template = TEMPLATES.resolve("probe-" + System.nanoTime() + ".html");
		try {
			Files.writeString(template, "<html><body><h1 th:text=\"#{a}\">ok</h1><p>Xin chào</p>"
					+ "<span lang=\"en\">English</span> · <a th:text=\"#{b}\">x</a></body></html>");
			assertThat(hardCodedText(template)).singleElement().asString().contains("Xin chào");
		}
		finally {
			Files.deleteIfExists(template);
		}
	}

	@Test
	void everyMessageKeyExistsInBothLanguages() throws IOException {
		assertThat(keys("messages_en.properties")).isEqualTo(keys("messages.properties"));
		assertThat(keys("messages-search_en.properties")).isEqualTo(keys("messages-search.properties"));
		assertThat(keys("messages-admin_en.properties")).isEqualTo(keys("messages-admin.properties"));
		assertThat(keys("messages-accounts_en.properties")).isEqualTo(keys("messages-accounts.properties"));
		assertThat(keys("messages-saved_en.properties")).isEqualTo(keys("messages-saved.properties"));
	}

	@Test
	void everyKeyATemplateUsesIsDefined() throws IOException {
		Set<String> defined = new TreeSet<>(keys("messages.properties"));
		defined.addAll(keys("messages-search.properties"));
		defined.addAll(keys("messages-admin.properties"));
		defined.addAll(keys("messages-accounts.properties"));
		defined.addAll(keys("messages-saved.properties"));
		Set<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!defined.contains(matcher.group(1)) && !matcher.group(1).endsWith(".")) {
					missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

}
