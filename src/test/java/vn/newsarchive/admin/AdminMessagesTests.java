package vn.newsarchive.admin;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Both languages say everything, and every key an admin template names exists. */
class AdminMessagesTests {

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

	@Test
	void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
		assertThat(keys("messages-admin_en.properties")).isEqualTo(keys("messages-admin.properties"));
	}

	@Test
	void everyKeyInTheAdminTemplatesExists() throws IOException {
		Set<String> known = new TreeSet<>(keys("messages-admin.properties"));
		known.addAll(keys("messages.properties"));
		known.addAll(keys("messages-accounts.properties"));
		Set<String> used = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates/admin"))) {
			for (Path template : templates.filter((p) -> p.toString().endsWith(".html")).toList()) {
				Matcher m = LITERAL_KEY.matcher(Files.readString(template));
				while (m.find()) {
					used.add(m.group(1));
				}
			}
		}
		assertThat(known).containsAll(used);
	}

	private static Set<String> keys(String bundle) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(bundle), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}

}
