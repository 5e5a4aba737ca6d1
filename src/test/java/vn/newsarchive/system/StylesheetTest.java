package vn.newsarchive.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one stylesheet is edited by many hands; a block left open silently swallows every
 * rule after it (it once hid the search page's layout inside a phone-width query).
 */
class StylesheetTest {

	@Test
	void everyBlockOfTheStylesheetIsClosedWhereItShouldBe() throws IOException {
		String css = Files.readString(Path.of("src/main/resources/static/css/archive.css"), StandardCharsets.UTF_8)
			.replaceAll("(?s)/\\*.*?\\*/", "");
		int depth = 0;
		int line = 1;
		for (char c : css.toCharArray()) {
			if (c == '\n') {
				line++;
			}
			else if (c == '{') {
				depth++;
				assertThat(depth).as("blocks open at line %d (only @media may nest one level)", line)
					.isLessThanOrEqualTo(2);
			}
			else if (c == '}') {
				depth--;
				assertThat(depth).as("a closing brace without its block at line %d", line).isNotNegative();
			}
		}
		assertThat(depth).as("blocks left open at the end").isZero();
	}

}
