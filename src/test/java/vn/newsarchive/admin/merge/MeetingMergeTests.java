package vn.newsarchive.admin.merge;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
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
import vn.newsarchive.meeting.Meeting;
import vn.newsarchive.meeting.ParticipantRole;
import vn.newsarchive.person.Person;
import vn.newsarchive.resolution.Resolution;
import vn.newsarchive.testdata.ArchiveWriter;
import vn.newsarchive.testdata.ArticleBuilder;
import vn.newsarchive.testdata.TestArchive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One conference reported by two articles: each report named a participant the other did
 * not, both named the chair (one as a mere participant), and the second cites a document.
 */
@AdminTest
class MeetingMergeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	long kept;

	long other;

	@BeforeEach
	void oneConferenceReportedTwice() {
		EmptyArchive.reset(this.jdbc);
		new TestArchive(this.entityManager, this.transactions, this.jdbc).inTransaction((em) -> {
			ArchiveWriter writer = new ArchiveWriter(em);
			Person chair = writer.person("Trương Thị Mai");
			Person first = writer.person("Bùi Thanh Sơn");
			Person second = writer.person("Lê Hoài Trung");
			Resolution document = writer.resolution("Nghị quyết", "NQ", "26", "TW", "XII", null, null);
			Article one = writer.article(ArticleBuilder.article("Bài một"));
			Article two = writer.article(ArticleBuilder.article("Bài hai"));
			LocalDate day = LocalDate.of(2019, 11, 6);
			Meeting kept = writer.meeting(one, "Hội nghị", "Hội nghị ngoại giao", day, "Hà Nội");
			Meeting other = writer.meeting(two, "Hội nghị", "Hội nghị Ngoại giao lần thứ 30", day, "Hà Nội");
			writer.participant(kept, chair, ParticipantRole.PARTICIPANT);
			writer.participant(kept, first, ParticipantRole.PARTICIPANT);
			writer.participant(other, chair, ParticipantRole.CHAIR);
			writer.participant(other, second, ParticipantRole.PARTICIPANT);
			other.getResolutions().add(document);
			this.kept = kept.getId();
			this.other = other.getId();
			return null;
		});
	}

	@Test
	void theConfirmationListsParticipantsDocumentsAndTheReport() throws Exception {
		HtmlPage confirm = page("/admin/meetings/" + this.kept + "/merge/confirm?otherId=" + this.other);
		assertThat(confirm.document().select("[data-group=merge.moves.participants] li").eachText())
			.containsExactly("Trương Thị Mai — CHAIR (đã có ở bản ghi giữ lại)", "Lê Hoài Trung — PARTICIPANT");
		assertThat(confirm.document().select("[data-group=merge.moves.documents] li").eachText())
			.containsExactly("26-NQ/TW");
		assertThat(confirm.document().select("[data-group=merge.moves.report] li").eachText())
			.containsExactly("Bài hai");
	}

	@Test
	void mergingAndUndoingMoveParticipantsAndDocumentsAndBack() throws Exception {
		this.mvc
			.perform(Editor.post("/admin/meetings/{id}/merge", this.kept)
				.param("otherId", String.valueOf(this.other))
				.param("version", "0"))
			.andExpect(redirectedUrl("/admin/meetings/" + this.kept + "/edit"));
		assertThat(participants()).containsExactly(this.kept + " Bùi Thanh Sơn PARTICIPANT",
				this.kept + " Lê Hoài Trung PARTICIPANT", this.kept + " Trương Thị Mai CHAIR");
		assertThat(rows("select meeting_id::text from meeting_resolution")).containsExactly(String.valueOf(this.kept));
		this.mvc.perform(MockMvcRequestBuilders.get("/su-kien/" + this.other))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location",
					this.jdbc.queryForObject("select '/su-kien/' || id || '-' || slug from meeting", String.class)));

		this.mvc.perform(Editor.post("/admin/merges/meetings/{id}/undo", this.other))
			.andExpect(flash().attribute("flashMessage", "merge.undone"));
		assertThat(participants()).containsExactly(this.kept + " Bùi Thanh Sơn PARTICIPANT",
				this.kept + " Trương Thị Mai PARTICIPANT", this.other + " Lê Hoài Trung PARTICIPANT",
				this.other + " Trương Thị Mai CHAIR");
		assertThat(rows("select meeting_id::text from meeting_resolution")).containsExactly(String.valueOf(this.other));
		assertThat(rows(
				"select m.id || ' ' || a.title from meeting m join article a on a.id = m.article_id order by m.id"))
			.containsExactly(this.kept + " Bài một", this.other + " Bài hai");
	}

	private List<String> participants() {
		return rows("select mp.meeting_id || ' ' || p.name || ' ' || mp.role from meeting_participant mp"
				+ " join person p on p.id = mp.person_id order by mp.meeting_id, p.name");
	}

	private HtmlPage page(String url) throws Exception {
		return HtmlPage.of(this.mvc.perform(Editor.get(url)).andExpect(status().isOk()).andReturn());
	}

	private List<String> rows(String query) {
		return this.jdbc.queryForList(query, String.class);
	}

}
