package vn.newsarchive.api;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.newsarchive.testdata.SeededWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written OpenAPI description is held against the application: it documents
 * exactly the data API's GET addresses, its references resolve, and each JSON answer has
 * the properties the description says are required.
 */
class OpenApiDescriptionTest extends SeededWebTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	private ApiClient api;

	private JsonNode description;

	@BeforeEach
	void readTheDescription() throws Exception {
		this.api = new ApiClient(this.port);
		this.description = this.api.json("/api/v1/openapi.json");
	}

	@Test
	void documentsExactlyTheGetAddressesOfTheDataApi() {
		Set<String> served = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : this.mappings.getHandlerMethods().entrySet()) {
			Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
			for (String path : mapping.getKey().getPatternValues()) {
				if (path.startsWith("/api/v1/") && (methods.isEmpty() || methods.contains(RequestMethod.GET))) {
					served.add(path);
				}
			}
		}
		Set<String> documented = new TreeSet<>();
		this.description.get("paths").fieldNames().forEachRemaining(documented::add);
		assertThat(this.description.get("openapi").asText()).startsWith("3.");
		assertThat(documented).isEqualTo(served);
	}

	@Test
	void everyReferenceResolves() {
		List<String> refs = new ArrayList<>();
		collectRefs(this.description, refs);
		assertThat(refs).isNotEmpty();
		for (String ref : refs) {
			assertThat(ref).startsWith("#/");
			JsonNode target = this.description.at(ref.substring(1));
			assertThat(target.isMissingNode()).as(ref).isFalse();
		}
	}

	@Test
	void eachAnswerHasThePropertiesItsSchemaRequires() throws Exception {
		Long meeting = this.jdbc.queryForObject("select min(id) from meeting", Long.class);
		Map<String, String> examples = Map.of("/api/v1/articles", "ArticlePage",
				"/api/v1/articles/" + this.seeds.maiArticle(), "Article", "/api/v1/persons/" + this.seeds.son(),
				"Person", "/api/v1/documents/" + this.seeds.nq26(), "Document", "/api/v1/meetings/" + meeting,
				"Meeting", "/api/v1/export/popolo.json", "Popolo");
		for (Map.Entry<String, String> example : examples.entrySet()) {
			JsonNode answer = this.api.json(example.getKey());
			JsonNode schema = this.description.at("/components/schemas/" + example.getValue());
			for (JsonNode required : schema.get("required")) {
				assertThat(answer.has(required.asText())).as(example.getKey() + " " + required).isTrue();
			}
			Iterator<String> properties = answer.fieldNames();
			while (properties.hasNext()) {
				String property = properties.next();
				assertThat(schema.get("properties").has(property)).as(example.getKey() + " documents " + property)
					.isTrue();
			}
		}
	}

	private static void collectRefs(JsonNode node, List<String> refs) {
		if (node.isObject()) {
			node.fields().forEachRemaining((field) -> {
				if (field.getKey().equals("$ref")) {
					refs.add(field.getValue().asText());
				}
				else {
					collectRefs(field.getValue(), refs);
				}
			});
		}
		else if (node.isArray()) {
			node.forEach((child) -> collectRefs(child, refs));
		}
	}

}
