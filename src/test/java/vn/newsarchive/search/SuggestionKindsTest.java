package vn.newsarchive.search;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import vn.newsarchive.testdata.ImportedSeedsWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each suggestion says what it is and what tells it from a namesake (issue 16): a person
 * with the latest title the archive holds for them, a document with its issuer and date
 * in the reader's language.
 */
class SuggestionKindsTest extends ImportedSeedsWebTest {

	private final HttpClient http = HttpClient.newHttpClient();

	private JsonNode suggest(String typed, String language) throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/search/suggest?q="
						+ URLEncoder.encode(typed, StandardCharsets.UTF_8) + "&lang=" + language))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return new ObjectMapper().readTree(response.body());
	}

	@Test
	void aPersonComesWithTheKindAndTheLatestTitle() throws Exception {
		JsonNode mai = suggest("truong thi mai", "vi").get(0);
		assertThat(mai.get("label").asText()).isEqualTo("Trương Thị Mai");
		assertThat(mai.get("kind").asText()).isEqualTo("person");
		String latest = this.jdbc.queryForObject("""
				select h.title from position_held h join person p on p.id = h.person_id
				where p.name = 'Trương Thị Mai' and h.as_of is not null order by h.as_of desc limit 1""", String.class);
		assertThat(mai.get("detail").asText()).isEqualTo(latest).contains("Trưởng ban Dân vận");
	}

	@Test
	void twoPeopleWithTheSameFamilyNameAreToldApartByTheirTitles() throws Exception {
		JsonNode phams = suggest("pham", "vi");
		assertThat(phams).filteredOn((s) -> s.get("kind").asText().equals("person"))
			.hasSizeGreaterThanOrEqualTo(1)
			.allSatisfy((s) -> assertThat(s.get("detail").asText()).isNotBlank());
	}

	@Test
	void aDocumentComesWithItsIssuerAndDateInTheReadersLanguage() throws Exception {
		JsonNode vietnamese = suggest("26-NQ/TW", "vi").get(0);
		assertThat(vietnamese.get("kind").asText()).isEqualTo("document");
		assertThat(vietnamese.get("detail").asText()).isEqualTo("Ban Chấp hành Trung ương, 19/05/2018");
		JsonNode english = suggest("26-NQ/TW", "en").get(0);
		assertThat(english.get("detail").asText()).isEqualTo("Ban Chấp hành Trung ương, 19 May 2018");
	}

}
