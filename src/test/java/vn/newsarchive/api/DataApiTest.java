package vn.newsarchive.api;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.newsarchive.importer.store.ImportOutcome;
import vn.newsarchive.importer.store.ImportService;
import vn.newsarchive.testdata.SeedFixture;
import vn.newsarchive.testdata.SeededWebTest;
import vn.newsarchive.testdata.TestArchive;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The researchers' data API over the seed fixture: public, paged, with ETags; articles,
 * documents and meetings with their links; JSON errors.
 */
class DataApiTest extends SeededWebTest {

	@Autowired
	ImportService importService;

	private ApiClient api;

	@BeforeEach
	void client() {
		this.api = new ApiClient(this.port);
	}

	@Test
	void articlesArePagedNewestFirstWithoutSigningIn() throws Exception {
		JsonNode first = this.api.json("/api/v1/articles?size=2");
		assertThat(first.get("total").asLong()).isEqualTo(5);
		assertThat(first.get("size").asInt()).isEqualTo(2);
		assertThat(first.get("items")).hasSize(2);
		JsonNode newest = first.get("items").get(0);
		assertThat(newest.get("id").asLong()).isEqualTo(this.seeds.inspection2024Article());
		assertThat(newest.get("url").asText()).isEqualTo(path("article", this.seeds.inspection2024Article()));
		assertThat(newest.get("published").get("precision").asText()).isNotEmpty();
		JsonNode last = this.api.json("/api/v1/articles?size=2&page=2");
		assertThat(last.get("items")).hasSize(1);
		assertThat(this.api.json("/api/v1/articles?size=100000").get("size").asInt()).isEqualTo(100);
	}

	@Test
	void anArticleCarriesItsPersonsWithTitlesItsDocumentsAndItsMeeting() throws Exception {
		JsonNode article = this.api.json("/api/v1/articles/" + this.seeds.maiArticle());
		assertThat(article.get("title").asText()).isEqualTo(SeedFixture.MAI_TITLE);
		assertThat(article.get("published").get("date").asText()).isEqualTo("2019-11-06T19:27");
		assertThat(article.get("published").get("precision").asText()).isEqualTo("MINUTE");
		List<String> names = new ArrayList<>();
		article.get("persons").forEach((p) -> names.add(p.get("name").asText()));
		assertThat(names).containsExactly("Trương Thị Mai", "Phạm Bình Minh");
		assertThat(article.get("persons").get(0).get("titles").asText()).startsWith("Ủy viên Bộ Chính trị");
		List<String> codes = new ArrayList<>();
		article.get("documents").forEach((d) -> codes.add(d.get("code").asText()));
		assertThat(codes).containsExactlyInAnyOrder("26-NQ/TW", "18-NQ/TW");
		assertThat(article.get("meetings")).hasSize(1);
		assertThat(article.get("meetings").get(0).get("url").asText()).startsWith("/su-kien/");
		assertThat(article.get("sameStory")).isEmpty();
	}

	@Test
	void copiesOfOneStoryNameEachOther() throws Exception {
		// imported as the importer meets them, so each copy gets its story's signature
		TestArchive.empty(this.jdbc);
		ImportOutcome seed = this.importService.importFile(Path.of("seeds/001_6353a3c6be2fbff5.txt"));
		ImportOutcome copy = this.importService
			.importFile(Path.of("src/test/resources/samestory/001-baoquocte-excerpt.txt"));
		JsonNode sameStory = this.api.json("/api/v1/articles/" + copy.articleId()).get("sameStory");
		assertThat(sameStory).hasSize(1);
		assertThat(sameStory.get(0).get("id").asLong()).isEqualTo(seed.articleId());
		assertThat(sameStory.get(0).get("url").asText()).startsWith("/bai-viet/" + seed.articleId() + "-");
		JsonNode other = this.api.json("/api/v1/articles/" + seed.articleId()).get("sameStory");
		assertThat(other).hasSize(1);
		assertThat(other.get(0).get("id").asLong()).isEqualTo(copy.articleId());
		assertThat(other.get(0).get("source").asText()).isEqualTo("TGVN");
	}

	@Test
	void aDocumentListsItsCitingArticlesPagedAndItsMeetings() throws Exception {
		JsonNode document = this.api.json("/api/v1/documents/" + this.seeds.nq26() + "?size=1");
		assertThat(document.get("document").get("code").asText()).isEqualTo("26-NQ/TW");
		assertThat(document.get("document").get("term").asText()).isEqualTo("XII");
		assertThat(document.get("citingArticles").get("total").asLong()).isEqualTo(this.jdbc.queryForObject(
				"select count(*) from article_resolution where resolution_id = ?", Long.class, this.seeds.nq26()));
		assertThat(document.get("citingArticles").get("items")).hasSize(1);
		assertThat(document.get("meetingCount").asLong()).isEqualTo(document.get("meetings").size());
	}

	@Test
	void aMeetingCarriesItsArticleParticipantsAndDocuments() throws Exception {
		Long meetingId = this.jdbc.queryForObject("select id from meeting where article_id = ?", Long.class,
				this.seeds.year2021Article());
		JsonNode meeting = this.api.json("/api/v1/meetings/" + meetingId);
		assertThat(meeting.get("meeting").get("title").asText()).isEqualTo("Hội nghị Tổng kết công tác Đảng năm 2020");
		assertThat(meeting.get("article").get("id").asLong()).isEqualTo(this.seeds.year2021Article());
		List<String> participants = new ArrayList<>();
		meeting.get("participants")
			.forEach((p) -> participants.add(p.get("name").asText() + ":" + p.get("role").asText()));
		assertThat(participants).containsExactlyInAnyOrder("Phạm Bình Minh:CHAIR", "Bùi Thanh Sơn:PARTICIPANT",
				"Lại Xuân Lâm:PARTICIPANT");
	}

	@Test
	void aDocumentsCitingArticlesComeAsCsv() throws Exception {
		HttpResponse<String> csv = this.api.get("/api/v1/documents/" + this.seeds.nq26() + "/articles.csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		String[] lines = csv.body().split("\r\n");
		assertThat(lines[0]).isEqualTo("\uFEFFid,title,published,precision,inferred,source,url");
		assertThat(lines)
			.hasSize(1 + this.jdbc.queryForObject("select count(*) from article_resolution where resolution_id = ?",
					Integer.class, this.seeds.nq26()));
		assertThat(lines[1]).contains(SeedFixture.MAI_TITLE);
	}

	@Test
	void unknownRecordsAnswer404AsJson() throws Exception {
		for (String path : List.of("/api/v1/articles/987654", "/api/v1/persons/987654", "/api/v1/documents/987654",
				"/api/v1/meetings/987654", "/api/v1/persons/987654/tenures.csv",
				"/api/v1/documents/987654/articles.csv")) {
			HttpResponse<String> response = this.api.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(new ObjectMapper().readTree(response.body()).get("problem").asText()).isEqualTo("NOT_FOUND");
		}
	}

	@Test
	void anUnchangedAnswerIsNotSentAgainToAClientHoldingItsEtag() throws Exception {
		String path = "/api/v1/articles/" + this.seeds.maiArticle();
		HttpResponse<String> first = this.api.get(path);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> again = this.api.get(path, "If-None-Match", etag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		this.jdbc.update("update article set lead = 'Tóm tắt mới' where id = ?", this.seeds.maiArticle());
		HttpResponse<String> changed = this.api.get(path, "If-None-Match", etag);
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
	}

	@Test
	void readingIsPublicButSendingAnArticleStillNeedsAToken() throws Exception {
		assertThat(this.api.get("/api/v1/articles").statusCode()).isEqualTo(200);
		assertThat(this.api.post("/api/v1/articles", "Tiêu đề\n\nNội dung bài viết.").statusCode()).isEqualTo(401);
		assertThat(this.api.get("/api/v1/articles", "Authorization", "Bearer sai").statusCode()).isEqualTo(401);
	}

}
