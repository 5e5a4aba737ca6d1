package vn.newsarchive.admin.article;

import java.nio.file.Files;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import vn.newsarchive.admin.Editor;
import vn.newsarchive.admin.EmptyArchive;
import vn.newsarchive.admin.HtmlPage;
import vn.newsarchive.importer.ArticleExtractor;
import vn.newsarchive.importer.store.ImportService;
import vn.newsarchive.testdata.SearchIndex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Correcting an imported article's persons, documents and meetings on its edit page; the
 * person's page and search follow right after each change.
 */
@RealPipelineAdminTest
class ArticleLinkTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ImportService importService;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	ArticleExtractor extractor;

	long article;

	@BeforeEach
	void importTheSeed() throws Exception {
		EmptyArchive.reset(this.jdbc);
		SearchIndex.purge(this.entityManagerFactory);
		this.article = this.importService
			.importEdited(this.extractor.extract("seed.txt", Files.readAllBytes(ArticlePreviewTests.SEED)))
			.articleId();
	}

	String edit() {
		return "/admin/articles/" + this.article + "/edit";
	}

	long personId(String name) {
		return this.jdbc.queryForObject("select id from person where name = ?", Long.class, name);
	}

	List<String> linkedPersons() {
		return this.jdbc.queryForList("select p.name from article_person m join person p on p.id = m.person_id"
				+ " where m.article_id = ? order by m.mention_order", String.class, this.article);
	}

	List<String> linkedDocuments() {
		return this.jdbc.queryForList(
				"select r.code from article_resolution ar join resolution r"
						+ " on r.id = ar.resolution_id where ar.article_id = ? order by r.code",
				String.class, this.article);
	}

	long hits(String filter, long id) throws Exception {
		String body = this.mvc.perform(MockMvcRequestBuilders.get("/api/search").param(filter, String.valueOf(id)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Long.parseLong(body.replaceAll("(?s).*\"total\":(\\d+).*", "$1"));
	}

	@Test
	void theEditPageListsThePersonsDocumentsAndMeeting() throws Exception {
		HtmlPage page = HtmlPage.of(this.mvc.perform(Editor.get(edit())).andExpect(status().isOk()).andReturn());
		assertThat(page.document().select("#linked-persons td:first-child").eachText())
			.containsExactly("Trương Thị Mai", "Phạm Bình Minh");
		assertThat(page.document().select("#linked-documents td:first-child").eachText())
			.containsExactlyInAnyOrder("26-NQ/TW", "18-NQ/TW");
		assertThat(page.document().select("#linked-meetings a")).hasSize(1);
		assertThat(page.document().select("form#link-person input[name=name][data-suggest-url]")).hasSize(1);
	}

	@Test
	void aPersonAddedWithTitlesIsLinkedHoldsThePositionAndIsOnTheirPageAndInSearch() throws Exception {
		this.mvc
			.perform(Editor.post(edit().replace("/edit", "/persons"))
				.param("name", "Bùi Thanh Sơn")
				.param("titles", "Bí thư Đảng ủy Bộ, Thứ trưởng Thường trực Bộ Ngoại giao"))
			.andExpect(redirectedUrl(edit() + "#links"))
			.andExpect(flash().attribute("flashMessage", "admin.links.person.added"));
		assertThat(linkedPersons()).containsExactly("Trương Thị Mai", "Phạm Bình Minh", "Bùi Thanh Sơn");
		long son = personId("Bùi Thanh Sơn");
		assertThat(this.jdbc.queryForMap(
				"select title, as_of::text as as_of from position_held" + " where person_id = ? and article_id = ?",
				son, this.article))
			.containsEntry("title", "Bí thư Đảng ủy Bộ, Thứ trưởng Thường trực Bộ Ngoại giao")
			.containsEntry("as_of", "2019-11-06");
		String slug = this.jdbc.queryForObject("select slug from person where id = ?", String.class, son);
		this.mvc.perform(MockMvcRequestBuilders.get("/nhan-vat/" + son + "-" + slug))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(ArticlePreviewTests.SEED_TITLE)));
		assertThat(hits("person", son)).isEqualTo(1);
	}

	@Test
	void aPersonRemovedLosesTheMentionThePositionsThisArticleBackedAndTheMeeting() throws Exception {
		long minh = personId("Phạm Bình Minh");
		assertThat(hits("person", minh)).isEqualTo(1);
		long mention = this.jdbc.queryForObject("select id from article_person where person_id = ?", Long.class, minh);
		this.mvc.perform(Editor.post(edit().replace("/edit", "/persons/" + mention + "/delete")))
			.andExpect(redirectedUrl(edit() + "#links"))
			.andExpect(flash().attribute("flashMessage", "admin.links.person.removed"));
		assertThat(linkedPersons()).containsExactly("Trương Thị Mai");
		assertThat(count("position_held where person_id = " + minh)).isZero();
		assertThat(count("meeting_participant where person_id = " + minh)).isZero();
		assertThat(count("person where id = " + minh)).as("the person stays").isEqualTo(1);
		assertThat(hits("person", minh)).isZero();
	}

	@Test
	void aDocumentAddedByItsCodeIsLinkedAndSearchableAndOneRemovedIsGone() throws Exception {
		this.mvc.perform(Editor.post(edit().replace("/edit", "/documents")).param("document", "Kết luận số 21-KL/TW"))
			.andExpect(flash().attribute("flashMessage", "admin.links.document.added"));
		long kl21 = this.jdbc.queryForObject("select id from resolution where code = '21-KL/TW'", Long.class);
		assertThat(linkedDocuments()).containsExactly("18-NQ/TW", "21-KL/TW", "26-NQ/TW");
		assertThat(hits("document", kl21)).isEqualTo(1);

		long nq26 = this.jdbc.queryForObject("select id from resolution where code = '26-NQ/TW'", Long.class);
		this.mvc.perform(Editor.post(edit().replace("/edit", "/documents/" + nq26 + "/delete")))
			.andExpect(flash().attribute("flashMessage", "admin.links.document.removed"));
		assertThat(linkedDocuments()).containsExactly("18-NQ/TW", "21-KL/TW");
		assertThat(count("meeting_resolution where resolution_id = " + nq26)).isZero();
		assertThat(hits("document", nq26)).isZero();
	}

	@Test
	void refusedAdditionsSayWhyAndKeepWhatWasTyped() throws Exception {
		this.mvc.perform(Editor.post(edit().replace("/edit", "/documents")).param("document", "văn bản hôm qua"))
			.andExpect(flash().attribute("flashMessage", "admin.links.document.unreadable"))
			.andExpect(flash().attribute("flashError", true))
			.andExpect(flash().attribute(ArticleLinkAdminController.TYPED,
					new ArticleLinkAdminController.LinkTyped(null, null, "văn bản hôm qua", null, null)));
		this.mvc.perform(Editor.post(edit().replace("/edit", "/persons")).param("name", " "))
			.andExpect(flash().attribute("flashMessage", "admin.links.person.required"));
		this.mvc.perform(Editor.post(edit().replace("/edit", "/persons")).param("name", "TRƯƠNG THỊ MAI"))
			.andExpect(flash().attribute("flashMessage", "admin.links.person.taken"));
		assertThat(linkedPersons()).containsExactly("Trương Thị Mai", "Phạm Bình Minh");
		HtmlPage page = HtmlPage.of(this.mvc
			.perform(Editor.get(edit())
				.flashAttr(ArticleLinkAdminController.TYPED,
						new ArticleLinkAdminController.LinkTyped(null, null, "văn bản hôm qua", null, null)))
			.andReturn());
		assertThat(page.field("document")).isEqualTo("văn bản hôm qua");
	}

	@Test
	void aMeetingIsAddedAndRemoved() throws Exception {
		this.mvc
			.perform(Editor.post(edit().replace("/edit", "/meetings"))
				.param("kind", "hội nghị")
				.param("title", "Hội nghị kiểm điểm công tác dân vận"))
			.andExpect(flash().attribute("flashMessage", "admin.links.meeting.added"));
		assertThat(count("meeting where article_id = " + this.article)).isEqualTo(2);
		long added = this.jdbc.queryForObject("select id from meeting where kind = 'hội nghị'", Long.class);
		this.mvc.perform(Editor.post(edit().replace("/edit", "/meetings/" + added + "/delete")))
			.andExpect(flash().attribute("flashMessage", "admin.links.meeting.removed"));
		assertThat(count("meeting where article_id = " + this.article)).isEqualTo(1);
	}

	@Test
	void aPositionAddedOnThePersonWithThisArticleAndNoDateIsHeldAsOfItsEvent() throws Exception {
		long mai = personId("Trương Thị Mai");
		this.mvc
			.perform(Editor.post("/admin/persons/{id}/positions/new", mai)
				.param("title", "Trưởng ban Dân vận Trung ương")
				.param("articleId", String.valueOf(this.article)))
			.andExpect(redirectedUrl("/admin/persons/" + mai + "/edit"));
		assertThat(this.jdbc.queryForObject(
				"select as_of::text from position_held where person_id = ? and title = 'Trưởng ban Dân vận Trung ương'",
				String.class, mai))
			.isEqualTo("2019-11-06");
	}

	private int count(String tableAndCondition) {
		return this.jdbc.queryForObject("select count(*) from " + tableAndCondition, Integer.class);
	}

}
