package vn.newsarchive.importer.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.newsarchive.resolution.Resolution;
import vn.newsarchive.resolution.ResolutionRepository;
import vn.newsarchive.testdata.TestArchive;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bare "Kết luận 21" in another article links to the coded 21-KL/TW of seed 003 when it
 * is the only plausible one, and stays uncoded, listed for review, when it is not (issue
 * 18.2). A coded document imported after the bare references takes over those it is the
 * only plausible candidate for (issue 18, follow-up).
 */
@SpringBootTest
class BareReferenceImportTest {

	static final Path SEED_003 = Path.of("seeds/003_e6474cc7a97b0b07.txt");

	@Autowired
	ImportService importService;

	@Autowired
	ResolutionRepository resolutions;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path folder;

	@BeforeEach
	void emptyArchive() {
		TestArchive.empty(this.jdbc);
	}

	@Test
	void theOnlyPlausibleCodedDocumentIsTheOneABareReferenceNames() throws Exception {
		this.importService.importFile(SEED_003);
		long coded = this.jdbc.queryForObject("select id from resolution where code = '21-KL/TW'", Long.class);
		ImportOutcome bare = this.importService.importFile(bareArticle("bare.txt", "10/10/2024 09:00"));
		assertThat(citedBy(bare.articleId())).containsExactly(coded);
		assertThat(this.resolutions.findUnresolvedReferences(PageRequest.of(0, 10))).isEmpty();
	}

	@Test
	void aBareReferenceBeforeTheDocumentWasIssuedStaysUncoded() throws Exception {
		this.importService.importFile(SEED_003);
		ImportOutcome bare = this.importService.importFile(bareArticle("early.txt", "10/03/2021 09:00"));
		List<Resolution> unresolved = this.resolutions.findUnresolvedReferences(PageRequest.of(0, 10));
		assertThat(unresolved).extracting(Resolution::getHeading).containsExactly("Kết luận 21");
		assertThat(citedBy(bare.articleId())).containsExactly(unresolved.get(0).getId());
	}

	@Test
	void twoPlausibleCodedDocumentsLeaveTheReferenceUncodedForReview() throws Exception {
		this.importService.importFile(SEED_003);
		this.jdbc.update("insert into resolution (kind, type_code, number, issuer, code, term, issued_on, slug)"
				+ " values ('Kết luận', 'KL', '21', 'BTCTW', '21-KL/BTCTW', 'XIII', date '2022-01-05', 'kl-21-btctw')");
		ImportOutcome bare = this.importService.importFile(bareArticle("ambiguous.txt", "10/10/2024 09:00"));
		List<Resolution> unresolved = this.resolutions.findUnresolvedReferences(PageRequest.of(0, 10));
		assertThat(unresolved).hasSize(1);
		assertThat(citedBy(bare.articleId())).containsExactly(unresolved.get(0).getId());
	}

	@Test
	void aBareReferenceImportedBeforeItsCodedDocumentLinksToItWhenTheDocumentArrives() throws Exception {
		ImportOutcome bare = this.importService.importFile(bareArticle("bare.txt", "10/10/2024 09:00"));
		long uncoded = this.resolutions.findUnresolvedReferences(PageRequest.of(0, 10)).get(0).getId();
		this.importService.importFile(SEED_003);
		long coded = this.jdbc.queryForObject("select id from resolution where code = '21-KL/TW'", Long.class);
		assertThat(citedBy(bare.articleId())).containsExactly(coded);
		assertThat(this.resolutions.findUnresolvedReferences(PageRequest.of(0, 10))).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from meeting_resolution where resolution_id = ?",
				Long.class, uncoded))
			.isZero();
		assertThat(this.resolutions.existsById(uncoded)).isFalse();
	}

	@Test
	void aBareReferenceThatTheLaterDocumentDoesNotUniquelyResolveStaysForReview() throws Exception {
		ImportOutcome bare = this.importService.importFile(bareArticle("bare.txt", "10/10/2024 09:00"));
		this.jdbc.update("insert into resolution (kind, type_code, number, issuer, code, term, issued_on, slug)"
				+ " values ('Kết luận', 'KL', '21', 'BTCTW', '21-KL/BTCTW', 'XIII', date '2022-01-05', 'kl-21-btctw')");
		this.importService.importFile(SEED_003);
		List<Resolution> unresolved = this.resolutions.findUnresolvedReferences(PageRequest.of(0, 10));
		assertThat(unresolved).extracting(Resolution::getHeading).containsExactly("Kết luận 21");
		assertThat(citedBy(bare.articleId())).containsExactly(unresolved.get(0).getId());
	}

	@Test
	void aBareReferenceOlderThanTheLaterDocumentStaysForReview() throws Exception {
		ImportOutcome bare = this.importService.importFile(bareArticle("early.txt", "10/03/2021 09:00"));
		this.importService.importFile(SEED_003);
		List<Resolution> unresolved = this.resolutions.findUnresolvedReferences(PageRequest.of(0, 10));
		assertThat(unresolved).extracting(Resolution::getHeading).containsExactly("Kết luận 21");
		assertThat(citedBy(bare.articleId())).containsExactly(unresolved.get(0).getId());
	}

	private Path bareArticle(String name, String stamp) throws Exception {
		Path file = this.folder.resolve(name);
		Files.writeString(file,
				"""
						Ban Tuyên giáo Tỉnh ủy sơ kết thực hiện Kết luận 21
						%s
						Sáng 9/10, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị sơ kết việc thực hiện Kết luận 21 về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị.
						Các đại biểu đã thảo luận những kết quả đạt được, hạn chế và giải pháp trong thời gian tới.
						"""
					.formatted(stamp),
				StandardCharsets.UTF_8);
		return file;
	}

	private List<Long> citedBy(long articleId) {
		return this.jdbc.queryForList("select resolution_id from article_resolution where article_id = ?", Long.class,
				articleId);
	}

}
