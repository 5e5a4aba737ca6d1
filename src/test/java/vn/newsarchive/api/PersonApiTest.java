package vn.newsarchive.api;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.newsarchive.article.Article;
import vn.newsarchive.kernel.DatePrecision;
import vn.newsarchive.person.Person;
import vn.newsarchive.testdata.ArchiveWriter;
import vn.newsarchive.testdata.SeededWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.newsarchive.testdata.ArticleBuilder.article;

/**
 * A person's tenures as data: title variants that mean the same are one tenure, with its
 * first and last date at their precision and the articles backing it; and as CSV.
 */
class PersonApiTest extends SeededWebTest {

	private ApiClient api;

	private long person;

	private long firstArticle;

	@BeforeEach
	void aMinisterNamedInSeveralSpellingsOfHisTitles() {
		this.api = new ApiClient(this.port);
		this.person = this.archive.inTransaction((em) -> {
			ArchiveWriter w = new ArchiveWriter(em);
			Person p = w.person("Nguyễn Văn Thử");
			Article a1 = w.article(
					article("Bài một").published(LocalDate.of(2020, 3, 1).atStartOfDay(), DatePrecision.MONTH, false)
						.paragraphs("Đồng chí Nguyễn Văn Thử phát biểu."));
			Article a2 = w.article(
					article("Bài hai").published(LocalDate.of(2021, 5, 2).atTime(8, 0), DatePrecision.MINUTE, false)
						.paragraphs("Đồng chí Nguyễn Văn Thử làm việc."));
			Article a3 = w
				.article(article("Bài ba").published(LocalDate.of(2022, 1, 1).atStartOfDay(), DatePrecision.YEAR, true)
					.paragraphs("Đồng chí Nguyễn Văn Thử dự hội nghị."));
			w.position(p, "Uỷ viên Trung ương Đảng, Bộ trưởng Bộ Ngoại giao", a1, LocalDate.of(2020, 3, 1),
					DatePrecision.MONTH, false);
			w.position(p, "Ủy viên Trung ương Đảng, Bộ trưởng Ngoại giao", a2, LocalDate.of(2021, 5, 2),
					DatePrecision.DAY, false);
			w.position(p, "BỘ TRƯỞNG  BỘ NGOẠI GIAO", a3, LocalDate.of(2022, 1, 1), DatePrecision.YEAR, true);
			this.firstArticle = a1.getId();
			return p.getId();
		});
	}

	@Test
	void titleVariantsMakeOneTenureWithItsDatesAtTheirPrecisionAndItsArticles() throws Exception {
		JsonNode person = this.api.json("/api/v1/persons/" + this.person);
		assertThat(person.get("name").asText()).isEqualTo("Nguyễn Văn Thử");
		JsonNode tenures = person.get("tenures");
		assertThat(tenures.get("total").asLong()).isEqualTo(2);
		JsonNode minister = find(tenures.get("items"), "Bộ trưởng");
		assertThat(minister.get("from").get("date").asText()).isEqualTo("2020-03");
		assertThat(minister.get("from").get("precision").asText()).isEqualTo("MONTH");
		assertThat(minister.get("to").get("date").asText()).isEqualTo("2022");
		assertThat(minister.get("to").get("inferred").asBoolean()).isTrue();
		assertThat(minister.get("articleCount").asLong()).isEqualTo(3);
		assertThat(minister.get("articles")).hasSize(3);
		assertThat(minister.get("articles").get(0).get("id").asLong()).isEqualTo(this.firstArticle);
		JsonNode member = find(tenures.get("items"), "viên Trung ương Đảng");
		assertThat(member.get("from").get("date").asText()).isEqualTo("2020-03");
		assertThat(member.get("to").get("date").asText()).isEqualTo("2021-05-02");
		assertThat(member.get("articleCount").asLong()).isEqualTo(2);
	}

	@Test
	void thePersonPageShowsTheSameTenures() {
		assertThat(this.client.page(path("person", this.person)).select(".timeline li")).hasSize(2);
	}

	@Test
	void tenuresComeAsCsv() throws Exception {
		HttpResponse<String> csv = this.api.get("/api/v1/persons/" + this.person + "/tenures.csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		String[] lines = csv.body().split("\r\n");
		assertThat(lines[0]).isEqualTo(
				"\uFEFFtitle,from,from_precision,from_inferred,to,to_precision,to_inferred,articles,first_article_url");
		assertThat(lines).hasSize(3);
		assertThat(lines).anySatisfy((line) -> assertThat(line)
			.contains(",2020-03,MONTH,false,2022,YEAR,true,3,/bai-viet/" + this.firstArticle + "-"));
	}

	private static JsonNode find(JsonNode items, String titlePart) {
		for (JsonNode item : items) {
			if (item.get("title").asText().contains(titlePart)) {
				return item;
			}
		}
		throw new AssertionError("no tenure " + titlePart + " in " + items);
	}

}
