package vn.newsarchive.admin.person;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import vn.newsarchive.admin.AdminTest;
import vn.newsarchive.admin.Editor;
import vn.newsarchive.admin.EmptyArchive;
import vn.newsarchive.admin.HtmlPage;
import vn.newsarchive.admin.article.ArticleBuilder;
import vn.newsarchive.article.ArticleRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Bùi Thanh Sơn" (kept) and a misspelt "Bùi Thanh Sơnn" are one person; both are named
 * in the first article and the first meeting, so rows clash on the unique constraints.
 * The merge asks for confirmation, the old address leads to the kept person, and undoing
 * the merge puts every row back.
 */
@AdminTest
class PersonMergeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ArticleRepository articles;

	long first;

	long second;

	@BeforeEach
	void twoSpellingsOfOnePerson() {
		EmptyArchive.reset(this.jdbc);
		this.first = ArticleBuilder.article("Bài một").saveIn(this.articles).getId();
		this.second = ArticleBuilder.article("Bài hai").saveIn(this.articles).getId();
		sql("insert into person (id, name, name_key, slug) values (1, 'Bùi Thanh Sơn', 'bùi thanh sơn', 'bui-thanh-son')");
		sql("insert into person (id, name, name_key, slug) values (2, 'Bùi Thanh Sơnn', 'bùi thanh sơnn', 'bui-thanh-sonn')");
		sql("insert into person_alias (person_id, alias) values (2, 'BÙI THANH SƠN')");
		sql("insert into article_person (article_id, person_id, titles) values (?, 1, null)", this.first);
		sql("insert into article_person (article_id, person_id, titles) values (?, 2, 'Bộ trưởng')", this.first);
		sql("insert into article_person (article_id, person_id, titles) values (?, 2, 'Thứ trưởng')", this.second);
		sql("insert into position_held (person_id, title, article_id) values (1, 'Bộ trưởng', ?)", this.first);
		sql("insert into position_held (person_id, title, article_id) values (2, 'Bộ trưởng', ?)", this.first);
		sql("insert into position_held (person_id, title, article_id) values (2, 'Thứ trưởng', ?)", this.second);
		sql("insert into meeting (id, article_id, slug) values (1, ?, 'm1')", this.first);
		sql("insert into meeting (id, article_id, slug) values (2, ?, 'm2')", this.second);
		sql("insert into meeting_participant (meeting_id, person_id, role) values (1, 1, 'PARTICIPANT')");
		sql("insert into meeting_participant (meeting_id, person_id, role) values (1, 2, 'CHAIR')");
		sql("insert into meeting_participant (meeting_id, person_id, role) values (2, 2, 'PARTICIPANT')");
	}

	@Test
	void mergingMovesMentionsPositionsParticipationsAndNamesToTheKeptPerson() throws Exception {
		this.mvc.perform(Editor.post("/admin/persons/1/merge").param("otherId", "2").param("version", "0"))
			.andExpect(redirectedUrl("/admin/persons/1/edit"))
			.andExpect(flash().attribute("flashMessage", "admin.merge.done"));

		assertThat(rows("select id || ' ' || name from person")).containsExactly("1 Bùi Thanh Sơn");
		assertThat(rows("select alias from person_alias where person_id = 1 order by alias"))
			.containsExactly("BÙI THANH SƠN", "Bùi Thanh Sơnn");
		assertThat(rows("select article_id || ' ' || person_id || ' ' || coalesce(titles, '-')"
				+ " from article_person order by article_id"))
			.containsExactly(this.first + " 1 Bộ trưởng", this.second + " 1 Thứ trưởng");
		assertThat(rows("select person_id || ' ' || title from position_held order by title"))
			.containsExactly("1 Bộ trưởng", "1 Thứ trưởng");
		assertThat(rows("select meeting_id || ' ' || person_id || ' ' || role from meeting_participant"
				+ " order by meeting_id"))
			.containsExactly("1 1 CHAIR", "2 1 PARTICIPANT");
	}

	@Test
	void theMergePageFindsTheOtherPersonByNameOrId() throws Exception {
		HtmlPage byName = HtmlPage.of(this.mvc.perform(Editor.get("/admin/persons/1/merge").param("q", "Sơnn"))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(byName.text()).contains("Gộp “Bùi Thanh Sơnn” vào “Bùi Thanh Sơn”");
		HtmlPage byId = HtmlPage.of(this.mvc.perform(Editor.get("/admin/persons/1/merge").param("q", "2"))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(byId.document().select("input[name=otherId]").eachAttr("value")).containsExactly("2");
	}

	@Test
	void aPersonIsNotMergedWithItself() throws Exception {
		this.mvc.perform(Editor.post("/admin/persons/1/merge").param("otherId", "1").param("version", "0"))
			.andExpect(redirectedUrl("/admin/persons/1/merge"))
			.andExpect(flash().attribute("flashMessage", "admin.merge.self"));
		assertThat(rows("select name from person")).hasSize(2);
	}

	@Test
	void aMergeOverANewerVersionOfTheKeptPersonIsRefusedAndChangesNothing() throws Exception {
		sql("update person set version = 1 where id = 1");
		this.mvc.perform(Editor.post("/admin/persons/1/merge").param("otherId", "2").param("version", "0"))
			.andExpect(flash().attribute("flashMessage", "admin.merge.conflict"));
		assertThat(rows("select name from person")).hasSize(2);
		assertThat(rows("select person_id::text from article_person where person_id = 2")).hasSize(2);
	}

	@Test
	void theChoiceLeadsToAConfirmationListingWhatMoves() throws Exception {
		HtmlPage confirm = HtmlPage.of(this.mvc.perform(Editor.get("/admin/persons/1/merge/confirm?otherId=2"))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(confirm.document().select("[data-group=merge.moves.mentions] li").eachText())
			.containsExactly("Bài một (đã có ở bản ghi giữ lại)", "Bài hai");
		assertThat(confirm.document().select("[data-group=merge.moves.positions] li").eachText())
			.containsExactly("Bộ trưởng (đã có ở bản ghi giữ lại)", "Thứ trưởng");
		assertThat(confirm.document().select("[data-group=merge.moves.aliases] li").eachText())
			.containsExactly("Bùi Thanh Sơnn", "BÙI THANH SƠN");
		assertThat(confirm.document().select("form[method=post] input[name=otherId]").attr("value")).isEqualTo("2");
	}

	@Test
	void theMergedPersonsAddressLeadsToTheKeptOneAndTheUndoPutsEveryRowBack() throws Exception {
		java.util.List<String> before = state();
		this.mvc.perform(Editor.post("/admin/persons/1/merge").param("otherId", "2").param("version", "0"))
			.andExpect(redirectedUrl("/admin/persons/1/edit"));
		this.mvc.perform(MockMvcRequestBuilders.get("/nhan-vat/2-bui-thanh-sonn"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/nhan-vat/1-bui-thanh-son"));

		assertThat(this.jdbc.queryForObject("select snapshot::text from revision where record_kind = 'PERSON'"
				+ " and record_id = 2 and action = 'MERGED'", String.class))
			.as("the merged person's last revision is as it was before the merge")
			.contains("\"Thứ trưởng\"", "\"BÙI THANH SƠN\"");

		this.mvc.perform(Editor.post("/admin/merges/persons/2/undo"))
			.andExpect(redirectedUrl("/admin/persons/2/history"))
			.andExpect(flash().attribute("flashMessage", "merge.undone"));
		assertThat(state()).isEqualTo(before);
		this.mvc.perform(MockMvcRequestBuilders.get("/nhan-vat/2-bui-thanh-sonn")).andExpect(status().isOk());
		assertThat(this.jdbc.queryForList(
				"select action from revision where record_kind = 'PERSON'" + " and record_id = 2 order by id",
				String.class))
			.containsExactly("MERGED", "UNMERGE");
	}

	private java.util.List<String> state() {
		return this.jdbc
			.queryForList("select 'person ' || id || ' ' || name || ' ' || name_key || ' ' || slug from person"
					+ " union all select 'alias ' || person_id || ' ' || alias from person_alias"
					+ " union all select 'mention ' || article_id || ' ' || person_id || ' ' || coalesce(titles, '-')"
					+ " from article_person union all select 'position ' || person_id || ' ' || title || ' ' || article_id"
					+ " from position_held union all select 'participant ' || meeting_id || ' ' || person_id || ' ' || role"
					+ " from meeting_participant order by 1", String.class);
	}

	private void sql(String statement, Object... args) {
		this.jdbc.update(statement, args);
	}

	private java.util.List<String> rows(String query) {
		return this.jdbc.queryForList(query, String.class);
	}

}
