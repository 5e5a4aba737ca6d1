package vn.newsarchive.importer.store;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every reason a file is not imported reaches editors and scrapers in their language:
 * each problem has its message in Vietnamese and in English.
 */
class ImportProblemMessagesTests {

	@ParameterizedTest
	@ValueSource(strings = { "messages-admin.properties", "messages-admin_en.properties" })
	void everyProblemHasItsMessage(String bundle) throws IOException {
		Properties messages = new Properties();
		try (Reader reader = new InputStreamReader(getClass().getResourceAsStream("/" + bundle),
				StandardCharsets.UTF_8)) {
			messages.load(reader);
		}
		for (ImportProblem problem : ImportProblem.values()) {
			assertThat(messages.getProperty(problem.messageKey())).as(problem.messageKey() + " in " + bundle)
				.isNotBlank();
		}
	}

}
