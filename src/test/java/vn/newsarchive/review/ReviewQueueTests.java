package vn.newsarchive.review;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.newsarchive.admin.AdminTest;
import vn.newsarchive.admin.Editor;
import vn.newsarchive.admin.EmptyArchive;
import vn.newsarchive.admin.HtmlPage;
import vn.newsarchive.admin.article.ArticleBuilder;
import vn.newsarchive.article.ArticleRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The review queue: likely-duplicate persons are suggested, never merged by themselves (a
 * typo sharing a title, two spellings mentioned with a same third person; not Hưng and
 * Hùng with nothing in common); inferred dates; accept, fix, dismiss; counts on the
 * dashboard.
 */
@AdminTest
class ReviewQueueTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ArticleRepository articles;

	@Autowired
	ReviewQueue queue;

	long first;

	long second;

	@BeforeEach
	void personsSpelledAlike() {
		EmptyArchive.reset(this.jdbc);
		this.jdbc.execute("delete from review_decision");
		this.first = ArticleBuilder.article("Bài một").saveIn(this.articles).getId();
		this.second = ArticleBuilder.article("Bài hai").saveIn(this.articles).getId();
		person(1, "Phạm Bình Minh");
		person(2, "Phạm Binh Minh");
		person(3, "Lê Minh Hưng");
		person(4, "Lê Minh Hùng");
		person(5, "Nguyễn Văn Thành");
		person(6, "Nguyễn Văn Thanh");
		person(7, "Trần Văn Khác");
		sql("insert into position_held (person_id, title, article_id) values (1, 'Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao', ?)",
				this.first);
		sql("insert into position_held (person_id, title, article_id) values (2, 'Bộ trưởng Ngoại giao', ?)",
				this.second);
		sql("insert into position_held (person_id, title, article_id) values (3, 'Trưởng Ban Tổ chức Trung ương', ?)",
				this.first);
		sql("insert into position_held (person_id, title, article_id) values (4, 'Thứ trưởng Bộ Công an', ?)",
				this.second);
		mention(this.first, 5);
		mention(this.first, 7);
		mention(this.second, 6);
		mention(this.second, 7);
		sql("update article set published_inferred = true, published_at = '2021-01-01', published_precision = 'YEAR'"
				+ " where id = ?", this.second);
	}

	@Test
	void suggestsPairsWithASharedTitleOrACoMentionAndMergesNothing() throws Exception {
		HtmlPage page = HtmlPage
			.of(this.mvc.perform(Editor.get("/admin/review/persons")).andExpect(status().isOk()).andReturn());
		assertThat(page.document().select(".review-items tbody tr").eachAttr("data-subject")).containsExactly("1-2",
				"5-6");
		assertThat(page.text()).contains("Phạm Bình Minh — Phạm Binh Minh")
			.contains("cùng một chức danh")
			.contains("cùng được nhắc đến với một người khác");
		assertThat(this.jdbc.queryForObject("select count(*) from person", Long.class)).isEqualTo(7);
	}

	@Test
	void acceptingAPairLeadsToTheEditorsMergeWhichCanBeUndone() throws Exception {
		this.mvc.perform(Editor.post("/admin/review/persons/1-2/accept"))
			.andExpect(redirectedUrl("/admin/persons/1/merge/confirm?otherId=2"));
		assertThat(this.queue.source("persons").orElseThrow().count()).isEqualTo(2);
		this.mvc.perform(Editor.post("/admin/persons/1/merge").param("otherId", "2").param("version", "0"));
		assertThat(this.queue.source("persons").orElseThrow().count()).isEqualTo(1);
		// the merge can be undone, and the pair is suggested again
		this.mvc.perform(Editor.post("/admin/merges/persons/2/undo"));
		assertThat(this.jdbc.queryForObject("select count(*) from person", Long.class)).isEqualTo(7);
		assertThat(this.queue.source("persons").orElseThrow().count()).isEqualTo(2);
	}

	@Test
	void aDismissedPairLeavesTheQueueAndTheCountsFollow() throws Exception {
		assertThat(this.queue.counts()).containsEntry("persons", 2L).containsEntry("dates", 1L);
		this.mvc.perform(Editor.post("/admin/review/persons/5-6/dismiss"))
			.andExpect(redirectedUrl("/admin/review/persons"));
		assertThat(this.queue.counts()).containsEntry("persons", 1L);
		assertThat(this.jdbc.queryForObject("select decision || ' ' || decided_by from review_decision", String.class))
			.isEqualTo("DISMISSED editor");
		HtmlPage dashboard = HtmlPage.of(this.mvc.perform(Editor.get("/admin")).andExpect(status().isOk()).andReturn());
		assertThat(dashboard.document().select(".review-counts li").eachText()).contains("1 Nhân vật có thể trùng",
				"1 Ngày suy đoán", "0 Báo lỗi của bạn đọc");
	}

	@Test
	void aBareReferenceNoCodedDocumentFitsWaitsForAnEditorWhoMayMergeIt() throws Exception {
		long bare = this.jdbc.queryForObject("insert into resolution (kind, number, slug) values"
				+ " ('Kết luận', '21', 'ket-luan-21') returning id", Long.class);
		this.jdbc.update("insert into resolution (kind, type_code, number, issuer, code, term, slug) values"
				+ " ('Kết luận', 'KL', '21', 'TW', '21-KL/TW', 'XIII', '21-kl-tw-khoa-xiii')");
		HtmlPage page = HtmlPage
			.of(this.mvc.perform(Editor.get("/admin/review/references")).andExpect(status().isOk()).andReturn());
		assertThat(page.document().select(".review-items tbody tr").eachAttr("data-subject"))
			.containsExactly(String.valueOf(bare));
		assertThat(page.text()).contains("Kết luận 21", "chưa gắn được với một văn kiện có ký hiệu");
		this.mvc
			.perform(Editor.post("/admin/review/references/" + bare + "/fix")
				.param("fixPath", "/admin/resolutions/" + bare + "/merge"))
			.andExpect(redirectedUrl("/admin/resolutions/" + bare + "/merge"));
		assertThat(this.queue.source("references").orElseThrow().count()).isZero();
	}

	@Test
	void anInferredDateIsAcceptedOrFixedInTheArticleForm() throws Exception {
		HtmlPage page = HtmlPage
			.of(this.mvc.perform(Editor.get("/admin/review/dates")).andExpect(status().isOk()).andReturn());
		assertThat(page.document().select(".review-items tbody tr").eachAttr("data-subject"))
			.containsExactly(String.valueOf(this.second));
		this.mvc
			.perform(Editor.post("/admin/review/dates/" + this.second + "/fix")
				.param("fixPath", "/admin/articles/" + this.second + "/edit"))
			.andExpect(redirectedUrl("/admin/articles/" + this.second + "/edit"));
		assertThat(this.queue.counts()).containsEntry("dates", 0L);
	}

	@Test
	void anInferredMeetingDateIsListedCountedAndFixedInTheMeetingForm() throws Exception {
		long inferred = this.jdbc.queryForObject(
				"insert into meeting (article_id, kind, title, held_on, held_precision, held_inferred, slug)"
						+ " values (?, 'Hội nghị', 'Hội nghị sơ kết Kết luận 21', date '2021-11-26', 'DAY', true,"
						+ " 'hoi-nghi-so-ket') returning id",
				Long.class, this.second);
		sql("insert into meeting (article_id, kind, held_on, held_precision, held_inferred, slug)"
				+ " values (?, 'Hội nghị', date '2021-11-27', 'DAY', false, 'hoi-nghi')", this.first);
		HtmlPage page = HtmlPage
			.of(this.mvc.perform(Editor.get("/admin/review/meeting-dates")).andExpect(status().isOk()).andReturn());
		assertThat(page.document().select(".review-items tbody tr").eachAttr("data-subject"))
			.containsExactly(String.valueOf(inferred));
		assertThat(page.text()).contains("Hội nghị sơ kết Kết luận 21", "Ngày diễn ra sự kiện được suy ra");
		assertThat(page.document().select(".review-items a[href^=/su-kien/" + inferred + "-]")).isNotEmpty();
		HtmlPage dashboard = HtmlPage.of(this.mvc.perform(Editor.get("/admin")).andExpect(status().isOk()).andReturn());
		assertThat(dashboard.document().select(".review-counts li").eachText()).contains("1 Ngày sự kiện suy đoán");
		this.mvc
			.perform(Editor.post("/admin/review/meeting-dates/" + inferred + "/fix")
				.param("fixPath", "/admin/meetings/" + inferred + "/edit"))
			.andExpect(redirectedUrl("/admin/meetings/" + inferred + "/edit"));
		assertThat(this.queue.counts()).containsEntry("meeting-dates", 0L).containsEntry("dates", 1L);
	}

	@Test
	void anInferredMeetingDateIsAcceptedOrDismissedLikeAnArticleDate() throws Exception {
		long inferred = this.jdbc.queryForObject(
				"insert into meeting (article_id, kind, held_on, held_precision, held_inferred, slug)"
						+ " values (?, 'Hội nghị', date '2021-11-26', 'DAY', true, 'hoi-nghi') returning id",
				Long.class, this.second);
		this.mvc.perform(Editor.post("/admin/review/meeting-dates/" + inferred + "/accept"))
			.andExpect(redirectedUrl("/admin/review/meeting-dates"));
		assertThat(this.jdbc.queryForObject("select decision from review_decision where source = 'meeting-dates'",
				String.class))
			.isEqualTo("ACCEPTED");
		assertThat(this.queue.counts()).containsEntry("meeting-dates", 0L);
	}

	@Test
	void fixingNeverRedirectsOutsideTheAdmin() throws Exception {
		this.mvc
			.perform(
					Editor.post("/admin/review/dates/" + this.second + "/fix").param("fixPath", "https://example.org/"))
			.andExpect(redirectedUrl("/admin/review/dates"));
	}

	private void person(long id, String name) {
		sql("insert into person (id, name, name_key, slug) values (?, ?, lower(?), ?)", id, name, name, "p-" + id);
	}

	private void mention(long article, long person) {
		sql("insert into article_person (article_id, person_id) values (?, ?)", article, person);
	}

	private void sql(String sql, Object... args) {
		this.jdbc.update(sql, args);
	}

	List<String> rows(String sql) {
		return this.jdbc.queryForList(sql, String.class);
	}

}
