package vn.newsarchive.api;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.fge.jsonschema.core.load.configuration.LoadingConfiguration;
import com.github.fge.jsonschema.core.load.uri.URITranslatorConfiguration;
import com.github.fge.jsonschema.core.report.ProcessingReport;
import com.github.fge.jsonschema.main.JsonSchema;
import com.github.fge.jsonschema.main.JsonSchemaFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.newsarchive.testdata.SeededWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Popolo export validates against the Popolo JSON schemas (draft-03, kept unchanged
 * in {@code src/test/resources/popolo}), and says what the archive knows: persons, their
 * tenures as memberships of posts with dates and source articles.
 */
class PopoloExportTest extends SeededWebTest {

	private static final String POPOLO = "http://www.popoloproject.com/schemas/";

	private ApiClient api;

	private JsonSchemaFactory schemas;

	@BeforeEach
	void schemasFromTheTestResources() {
		this.api = new ApiClient(this.port);
		URITranslatorConfiguration local = URITranslatorConfiguration.newBuilder()
			.addPathRedirect(POPOLO, "resource:/popolo/")
			.freeze();
		this.schemas = JsonSchemaFactory.newBuilder()
			.setLoadingConfiguration(LoadingConfiguration.newBuilder().setURITranslatorConfiguration(local).freeze())
			.freeze();
	}

	@Test
	void everyPersonOrganizationPostAndMembershipIsValidPopolo() throws Exception {
		JsonNode export = this.api.json("/api/v1/export/popolo.json");
		assertThat(export.get("persons")).hasSize(5);
		assertThat(export.get("memberships")).isNotEmpty();
		assertThat(export.get("posts")).isNotEmpty();
		assertThat(export.get("organizations")).isNotEmpty();
		List<String> problems = new ArrayList<>();
		validate(export, "persons", "person.json", problems);
		validate(export, "organizations", "organization.json", problems);
		validate(export, "posts", "post.json", problems);
		validate(export, "memberships", "membership.json", problems);
		assertThat(problems).isEmpty();
	}

	@Test
	void aTenureIsAMembershipOfAPostWithItsDatesAndSourceArticles() throws Exception {
		JsonNode export = this.api.json("/api/v1/export/popolo.json");
		JsonNode minister = null;
		for (JsonNode membership : export.get("memberships")) {
			if (membership.get("person_id").asText().equals("person-" + this.seeds.son())
					&& membership.get("label").asText().equals("Bộ trưởng Bộ Ngoại giao")) {
				minister = membership;
			}
		}
		assertThat(minister).isNotNull();
		assertThat(minister.get("role").asText()).isEqualTo("Bộ trưởng");
		assertThat(minister.get("organization_id").asText()).isEqualTo("org-bo-ngoai-giao");
		assertThat(minister.get("start_date").asText()).isEqualTo("2024-09-04");
		assertThat(minister.get("end_date").asText()).isEqualTo("2024-09-04");
		assertThat(minister.get("sources").get(0).get("url").asText())
			.isEqualTo("http://localhost:" + this.port + path("article", this.seeds.inspection2024Article()));
		List<String> organizations = new ArrayList<>();
		export.get("organizations").forEach((o) -> organizations.add(o.get("name").asText()));
		assertThat(organizations).contains("Bộ Ngoại giao", "Bộ Chính trị");
	}

	@Test
	void personsComeAPageAtATime() throws Exception {
		JsonNode first = this.api.json("/api/v1/export/popolo.json?size=2");
		assertThat(first.get("persons")).hasSize(2);
		assertThat(first.get("meta").get("totalPersons").asLong()).isEqualTo(5);
		for (JsonNode membership : first.get("memberships")) {
			assertThat(List.of(first.get("persons").get(0).get("id").asText(),
					first.get("persons").get(1).get("id").asText()))
				.contains(membership.get("person_id").asText());
		}
		assertThat(this.api.json("/api/v1/export/popolo.json?size=2&page=2").get("persons")).hasSize(1);
	}

	@Test
	void theSchemasCatchADateThatIsNotPopolos() throws Exception {
		ObjectNode membership = new ObjectMapper().createObjectNode().put("start_date", "06/11/2019");
		assertThat(schema("membership.json").validate(membership).isSuccess()).isFalse();
	}

	private void validate(JsonNode export, String list, String schemaName, List<String> problems) throws Exception {
		JsonSchema schema = schema(schemaName);
		for (JsonNode item : export.get(list)) {
			ProcessingReport report = schema.validate(item);
			if (!report.isSuccess()) {
				problems.add(list + " " + item.get("id") + ": " + report);
			}
		}
	}

	private JsonSchema schema(String name) throws Exception {
		return this.schemas.getJsonSchema(POPOLO + name + "#");
	}

}
