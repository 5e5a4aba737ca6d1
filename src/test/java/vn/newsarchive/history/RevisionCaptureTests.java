package vn.newsarchive.history;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.newsarchive.admin.AdminTest;
import vn.newsarchive.admin.Editor;
import vn.newsarchive.admin.EmptyArchive;
import vn.newsarchive.admin.FakeExtractor;
import vn.newsarchive.admin.article.ArticleBuilder;
import vn.newsarchive.article.Article;
import vn.newsarchive.article.ArticleRepository;
import vn.newsarchive.importer.store.ImportService;
import vn.newsarchive.history.SnapshotDiff.FieldChange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every way an article is stored or changed leaves a revision saying who and what: the
 * edit form, the importer (the first revision, by "importer"), an upload by an editor.
 */
@AdminTest
class RevisionCaptureTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ArticleRepository articles;

	@Autowired
	ImportService importService;

	@Autowired
	RevisionLog log;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	@BeforeEach
	void emptyArchive() {
		EmptyArchive.reset(this.jdbc);
	}

	@Test
	void aFormEditIsARevisionByTheEditorHoldingTheChangedFields() throws Exception {
		Article article = ArticleBuilder.article("Bài gốc").body("Đoạn một.\n\nĐoạn hai.").saveIn(this.articles);
		this.mvc
			.perform(Editor.post("/admin/articles/{id}/edit", article.getId())
				.param("title", "Bài đã sửa")
				.param("body", "Đoạn một.\n\nĐoạn hai đã sửa.")
				.param("published.date", "06/11/2019")
				.param("published.time", "19:27")
				.param("authors", "Văn Anh")
				.param("source", "TGVN")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());

		List<RevisionSummary> history = history(RecordKind.ARTICLE, article.getId());
		assertThat(history).extracting(RevisionSummary::action, RevisionSummary::author)
			.containsExactly(tuple(RevisionAction.EDIT, "editor"), tuple(RevisionAction.CREATE, "importer"));
		List<FieldChange> changes = SnapshotDiff.between(snapshot(history.get(1)), snapshot(history.get(0)));
		assertThat(changes).extracting(FieldChange::field).containsExactly("title", "paragraphs");
		assertThat(changes.get(1).lines()).extracting((line) -> line.mark() + " " + line.text())
			.containsExactly("SAME Đoạn một.", "REMOVED Đoạn hai.", "ADDED Đoạn hai đã sửa.");
	}

	@Test
	void whatTheImporterStoredIsTheFirstRevisionByImporter() {
		FakeExtractor.register("bai-nhap.txt", "hash-nhap", "Bài được nhập");
		long id = this.importService.importContent("bai-nhap.txt", "x".getBytes(StandardCharsets.UTF_8)).articleId();

		List<RevisionSummary> history = history(RecordKind.ARTICLE, id);
		assertThat(history).extracting(RevisionSummary::action, RevisionSummary::author, RevisionSummary::label)
			.containsExactly(tuple(RevisionAction.CREATE, "importer", "Bài được nhập"));
		assertThat(snapshot(history.get(0))).containsEntry("title", "Bài được nhập")
			.containsEntry("source", "TGVN")
			.containsEntry("paragraphs", List.of("Đoạn văn hash-nhap"));
	}

	@Test
	void anUploadIsRecordedUnderTheNameOfWhoeverSentIt() throws Exception {
		FakeExtractor.register("tai-len.txt", "hash-tai-len", "Bài tải lên");
		this.mvc
			.perform(multipart("/admin/import")
				.file(new MockMultipartFile("files", "tai-len.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8)))
				.with(user("bao-nhan-dan").roles("EDITOR"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(this.jdbc.queryForList("select author || ' ' || action from revision where record_kind = 'ARTICLE'",
				String.class))
			.containsExactly("bao-nhan-dan CREATE");
	}

	@Test
	void aTransactionThatRollsBackAfterItsFlushLeavesNoRevisionAndNothingPending() {
		Article article = ArticleBuilder.article("Bài gốc").body("Nội dung.").saveIn(this.articles);
		this.transactions.executeWithoutResult((status) -> {
			Article loaded = this.entityManager.find(Article.class, article.getId());
			loaded.setTitle("Sửa rồi bỏ");
			this.entityManager.flush();
			assertThat(RevisionCapture.pendingTransactions()).isOne();
			status.setRollbackOnly();
		});
		assertThat(history(RecordKind.ARTICLE, article.getId())).extracting(RevisionSummary::action)
			.containsExactly(RevisionAction.CREATE);
		assertThat(RevisionCapture.pendingTransactions()).isZero();
	}

	private List<RevisionSummary> history(RecordKind kind, long id) {
		return this.log.history(kind, id, PageRequest.of(0, 20)).getContent();
	}

	private Map<String, Object> snapshot(RevisionSummary revision) {
		return this.log.find(revision.id()).orElseThrow().snapshot();
	}

}
