package vn.newsarchive.search;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import vn.newsarchive.testdata.ImportedSeedsWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON API, the CSV export and the suggestions, over the imported seeds. */
class SearchApiTest extends ImportedSeedsWebTest {

	private final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<byte[]> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	JsonNode json(String path, int status) throws Exception {
		HttpResponse<byte[]> response = get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
		return new ObjectMapper().readTree(response.body());
	}

	static String encode(String q) {
		return URLEncoder.encode(q, StandardCharsets.UTF_8);
	}

	@Test
	void theJsonApiAnswersTotalHitsAndFacets() throws Exception {
		JsonNode body = json("/api/search?q=" + encode("26 nq tw"), 200);
		assertThat(body.get("total").asLong()).isPositive();
		JsonNode first = body.get("hits").get(0);
		assertThat(first.get("title").asText()).contains("Trương Thị Mai");
		assertThat(first.get("url").asText())
			.startsWith("http://localhost:" + this.port + "/bai-viet/" + first.get("id").asLong() + "-");
		assertThat(first.get("published").asText()).isEqualTo("2019-11-06T19:27");
		assertThat(first.get("snippet").asText()).contains("<mark>");
		assertThat(first.get("score").asDouble()).isPositive();
		List<String> facetNames = List.of("year", "source", "person", "document");
		List<String> names = new ArrayList<>();
		body.get("facets").fieldNames().forEachRemaining(names::add);
		assertThat(names).containsExactlyElementsOf(facetNames);
		assertThat(body.get("facets").get("person").get(0).has("label")).isTrue();
		assertThat(body.get("facets").get("person").get(0).has("count")).isTrue();
	}

	@Test
	void theJsonApiTakesThePagesFilters() throws Exception {
		long son = this.jdbc.queryForObject("select id from person where name = 'Bùi Thanh Sơn'", Long.class);
		JsonNode body = json("/api/search?q=" + encode("bo ngoai giao") + "&person=" + son + "&sort=oldest", 200);
		assertThat(body.get("total").asLong()).isEqualTo(2);
		assertThat(body.get("hits").get(0).get("published").asText()).isEqualTo("2021");
	}

	@Test
	void theJsonApiRefusesABadQueryWithAReason() throws Exception {
		JsonNode body = json("/api/search?q=" + encode("!!!"), 400);
		assertThat(body.get("problem").asText()).isEqualTo("NO_WORDS");
		assertThat(body.get("message").asText()).isNotBlank();
	}

	@Test
	void theCsvExportHoldsEveryHitForExcel() throws Exception {
		HttpResponse<byte[]> response = get("/api/search.csv?q=" + encode("bộ ngoại giao") + "&sort=newest");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv").contains("UTF-8");
		assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("attachment")
			.contains("search.csv");
		byte[] bytes = response.body();
		assertThat(new byte[] { bytes[0], bytes[1], bytes[2] })
			.isEqualTo(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		String[] lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
		assertThat(lines[0]).isEqualTo("id,title,published,source,url,score");
		assertThat(lines).hasSize(6);
		assertThat(lines[1]).contains(
				",\"Gắn kết chặt chẽ xây dựng Đảng với phát triển ngành ngoại giao vững mạnh, toàn diện\",2024-09-05T12:00,VGP,");
	}

	@Test
	void csvFieldsAreQuotedWhenTheyMustBe() {
		assertThat(SearchCsvController.field("plain")).isEqualTo("plain");
		assertThat(SearchCsvController.field("a, b")).isEqualTo("\"a, b\"");
		assertThat(SearchCsvController.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(SearchCsvController.field("two\nlines")).isEqualTo("\"two\nlines\"");
		assertThat(SearchCsvController.field(null)).isEmpty();
		assertThat(SearchCsvController.field("=HYPERLINK(\"http://x\")"))
			.isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
		assertThat(SearchCsvController.field("-5 độ")).isEqualTo("'-5 độ");
		assertThat(SearchCsvController.field("@người")).isEqualTo("'@người");
	}

	@Test
	void suggestionsNamePersonsAndDocumentsWhileTyping() throws Exception {
		JsonNode persons = json("/search/suggest?q=" + encode("truong th"), 200);
		assertThat(persons).isNotEmpty();
		assertThat(persons.get(0).get("label").asText()).isEqualTo("Trương Thị Mai");
		assertThat(persons.get(0).get("url").asText()).startsWith("/nhan-vat/");
		JsonNode documents = json("/search/suggest?q=" + encode("21-KL/TW"), 200);
		assertThat(documents).anySatisfy((d) -> assertThat(d.get("label").asText()).startsWith("21-KL/TW"));
		assertThat(json("/search/suggest?q=" + encode("ket luan"), 200))
			.anySatisfy((d) -> assertThat(d.get("url").asText()).startsWith("/van-kien/"));
		assertThat(json("/search/suggest?q=t", 200)).isEmpty();
		assertThat(json("/search/suggest", 200)).isEmpty();
	}

}
