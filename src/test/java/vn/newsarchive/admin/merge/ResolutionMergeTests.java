package vn.newsarchive.admin.merge;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;

import vn.newsarchive.admin.AdminTest;
import vn.newsarchive.admin.Editor;
import vn.newsarchive.admin.EmptyArchive;
import vn.newsarchive.admin.HtmlPage;
import vn.newsarchive.article.Article;
import vn.newsarchive.resolution.Resolution;
import vn.newsarchive.search.ArticleSearch;
import vn.newsarchive.search.SearchHit;
import vn.newsarchive.search.SearchIndexer;
import vn.newsarchive.search.SearchQuery;
import vn.newsarchive.testdata.ArchiveWriter;
import vn.newsarchive.testdata.ArticleBuilder;
import vn.newsarchive.testdata.SearchIndex;
import vn.newsarchive.testdata.TestArchive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "26-NQ/TW" (kept) and a misread "26-NQ/TƯ" are one document: the first article cites
 * both, the second only the misread one, and the first article's meeting discussed it.
 */
@AdminTest
class ResolutionMergeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ArticleSearch articleSearch;

	@Autowired
	SearchIndexer search;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	long kept;

	long other;

	@BeforeEach
	void oneDocumentStoredTwice() {
		EmptyArchive.reset(this.jdbc);
		TestArchive archive = new TestArchive(this.entityManager, this.transactions, this.jdbc);
		archive.inTransaction((em) -> {
			ArchiveWriter writer = new ArchiveWriter(em);
			Resolution right = writer.resolution("Nghị quyết", "NQ", "26", "TW", "XII", null, "Về cán bộ");
			Resolution wrong = writer.resolution("Nghị quyết", "NQ", "26", "TƯ", "XII", null, null);
			Article first = writer.article(ArticleBuilder.article("Bài một"));
			Article second = writer.article(ArticleBuilder.article("Bài hai"));
			writer.cite(first, right, wrong);
			writer.cite(second, wrong);
			writer.meeting(first, "Hội nghị", "Hội nghị quán triệt", null, "Hà Nội").getResolutions().add(wrong);
			this.kept = right.getId();
			this.other = wrong.getId();
			return null;
		});
	}

	@Test
	void theConfirmationListsTheArticlesAndMeetingsThatWillMove() throws Exception {
		HtmlPage choose = page("/admin/resolutions/" + this.kept + "/merge?q=TƯ");
		assertThat(choose.document().select("input[name=otherId]").eachAttr("value"))
			.containsExactly(String.valueOf(this.other));

		HtmlPage confirm = page("/admin/resolutions/" + this.kept + "/merge/confirm?otherId=" + this.other);
		assertThat(confirm.document().select("[data-group=merge.moves.articles] li").eachText())
			.containsExactly("Bài một (đã có ở bản ghi giữ lại)", "Bài hai");
		assertThat(confirm.document().select("[data-group=merge.moves.meetings] li").eachText())
			.containsExactly("Hội nghị quán triệt");
		assertThat(confirm.document().select("form input[name=version]").attr("value")).isEqualTo("0");
		assertThat(rows("select code from resolution order by id")).as("nothing merged yet").hasSize(2);
	}

	@Test
	void mergingMovesTheCitationsRecordsRevisionsAndTheOldAddressAnswers301() throws Exception {
		merge();

		assertThat(rows("select code from resolution")).containsExactly("26-NQ/TW");
		assertThat(rows("select a.title || ' ' || ar.resolution_id from article_resolution ar"
				+ " join article a on a.id = ar.article_id order by a.id"))
			.containsExactly("Bài một " + this.kept, "Bài hai " + this.kept);
		assertThat(rows("select resolution_id::text from meeting_resolution"))
			.containsExactly(String.valueOf(this.kept));
		assertThat(rows("select record_kind || ' ' || action || ' ' || coalesce(detail, '-') || ' ' || author"
				+ " from revision where action <> 'CREATE' order by record_kind, action"))
			.containsExactly("ARTICLE EDIT - editor", "ARTICLE EDIT - editor", "MEETING EDIT - editor",
					"RESOLUTION MERGE " + this.other + " editor", "RESOLUTION MERGED " + this.kept + " editor");

		String survivor = this.jdbc.queryForObject("select '/van-kien/' || id || '-' || slug from resolution",
				String.class);
		this.mvc.perform(MockMvcRequestBuilders.get("/van-kien/" + this.other + "-nghi-quyet-26-nq-tu"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", survivor));
		this.mvc.perform(MockMvcRequestBuilders.get("/van-kien/9999")).andExpect(status().isNotFound());
	}

	@Test
	void undoingTheMergeFromTheHistoryBringsTheDocumentBackWithItsLinks() throws Exception {
		merge();
		HtmlPage history = page("/admin/resolutions/" + this.kept + "/history");
		assertThat(history.document().select("button.undo")).hasSize(1);

		this.mvc.perform(Editor.post("/admin/merges/resolutions/{id}/undo", this.other))
			.andExpect(redirectedUrl("/admin/resolutions/" + this.other + "/history"))
			.andExpect(flash().attribute("flashMessage", "merge.undone"));

		assertThat(rows("select id || ' ' || code from resolution order by id"))
			.containsExactly(this.kept + " 26-NQ/TW", this.other + " 26-NQ/TƯ");
		assertThat(rows("select a.title || ' ' || ar.resolution_id from article_resolution ar"
				+ " join article a on a.id = ar.article_id order by a.id, ar.resolution_id"))
			.containsExactly("Bài một " + this.kept, "Bài một " + this.other, "Bài hai " + this.other);
		assertThat(rows("select resolution_id::text from meeting_resolution"))
			.containsExactly(String.valueOf(this.other));
		assertThat(rows("select action from revision where record_kind = 'RESOLUTION' and record_id = " + this.other
				+ " order by id"))
			.containsExactly("CREATE", "MERGED", "UNMERGE");
		String back = this.jdbc.queryForObject("select '/van-kien/' || id || '-' || slug from resolution where id = ?",
				String.class, this.other);
		this.mvc.perform(MockMvcRequestBuilders.get(back)).andExpect(status().isOk());
		assertThat(page("/admin/resolutions/" + this.kept + "/history").document().select("button.undo")).isEmpty();
	}

	@Test
	void theSearchIndexFollowsTheMergeAndItsUndo() throws Exception {
		SearchIndex.purge(this.entityManagerFactory);
		this.search.rebuild();
		assertThat(citing(this.kept)).containsExactly("Bài một");
		merge();
		assertThat(citing(this.kept)).containsExactlyInAnyOrder("Bài một", "Bài hai");
		assertThat(citing(this.other)).isEmpty();
		this.mvc.perform(Editor.post("/admin/merges/resolutions/{id}/undo", this.other));
		assertThat(citing(this.kept)).containsExactly("Bài một");
		assertThat(citing(this.other)).containsExactlyInAnyOrder("Bài một", "Bài hai");
	}

	private List<String> citing(long document) {
		return this.articleSearch.search(SearchQuery.of("").withDocument(document))
			.hits()
			.stream()
			.map(SearchHit::title)
			.toList();
	}

	private void merge() throws Exception {
		this.mvc
			.perform(Editor.post("/admin/resolutions/{id}/merge", this.kept)
				.param("otherId", String.valueOf(this.other))
				.param("version", "0"))
			.andExpect(redirectedUrl("/admin/resolutions/" + this.kept + "/edit"))
			.andExpect(flash().attribute("flashMessage", "admin.merge.done"));
	}

	private HtmlPage page(String url) throws Exception {
		return HtmlPage.of(this.mvc.perform(Editor.get(url)).andExpect(status().isOk()).andReturn());
	}

	private List<String> rows(String query) {
		return this.jdbc.queryForList(query, String.class);
	}

}
