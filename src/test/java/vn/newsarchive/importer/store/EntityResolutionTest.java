package vn.newsarchive.importer.store;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.newsarchive.importer.ArticleExtractor;
import vn.newsarchive.importer.model.DocumentReference;
import vn.newsarchive.importer.model.ExtractedArticle;
import vn.newsarchive.importer.model.MeetingReport;
import vn.newsarchive.importer.model.PersonMention;
import vn.newsarchive.importer.model.SegmentedArticle;
import vn.newsarchive.kernel.PartialDate;
import vn.newsarchive.testdata.TestArchive;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the store decides that two mentions are one person or one document, on hand-made
 * extractions (the seed files themselves are covered by ImportSeedsIntegrationTest).
 */
@SpringBootTest
@Import(EntityResolutionTest.FixedExtractions.class)
class EntityResolutionTest {

	static final Map<String, ExtractedArticle> EXTRACTIONS = new HashMap<>();

	/**
	 * Imported explicitly, not a @TestConfiguration: nothing else that scans packages may
	 * find it.
	 */
	static class FixedExtractions {

		@Bean
		@Primary
		ArticleExtractor fixedExtractor() {
			return (name, content) -> {
				ExtractedArticle extracted = EXTRACTIONS.get(name);
				if (extracted == null) {
					throw new IllegalArgumentException("no Vietnamese text found in " + name);
				}
				return extracted;
			};
		}

	}

	@Autowired
	ImportService importService;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void emptyArchive() {
		TestArchive.empty(this.jdbc);
		EXTRACTIONS.clear();
	}

	private static ExtractedArticle article(String hash, PartialDate published, List<PersonMention> persons,
			List<DocumentReference> documents, List<MeetingReport> meetings) {
		SegmentedArticle segmented = new SegmentedArticle("Tiêu đề " + hash, null, published, "TGVN", List.of(),
				List.of(), List.of(), List.of(), List.of("Đoạn văn " + hash), null);
		return new ExtractedArticle(hash + ".txt", hash, segmented, persons, documents, meetings);
	}

	private ImportOutcome importOne(ExtractedArticle extracted) {
		EXTRACTIONS.put(extracted.file(), extracted);
		return this.importService.importContent(extracted.file(), "x".getBytes(StandardCharsets.UTF_8));
	}

	private void importAll(ExtractedArticle... extractions) {
		for (ExtractedArticle extracted : extractions) {
			assertThat(importOne(extracted).message()).isNull();
		}
	}

	@Test
	void oneNameWrittenThreeWaysIsOnePerson() {
		String nfd = Normalizer.normalize("Bùi Thanh Sơn", Normalizer.Form.NFD);
		importOne(article("a", PartialDate.day(2021, 1, 10, false),
				List.of(new PersonMention(nfd, List.of("Thứ trưởng Thường trực Bộ Ngoại giao"))), List.of(),
				List.of()));
		importOne(article("b", PartialDate.minute(2024, 9, 5, 12, 0, false),
				List.of(new PersonMention("BÙI  THANH SƠN", List.of("Phó Thủ tướng", "Bộ trưởng Bộ Ngoại giao"))),
				List.of(), List.of()));
		assertThat(this.jdbc.queryForList("select name from person", String.class)).containsExactly("Bùi Thanh Sơn");
		assertThat(this.jdbc.queryForList(
				"select title || ' @ ' || as_of || ' ' || as_of_precision" + " from position_held order by as_of",
				String.class))
			.containsExactly("Thứ trưởng Thường trực Bộ Ngoại giao @ 2021-01-10 DAY",
					"Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao @ 2024-09-05 MINUTE");
	}

	@Test
	void aSpellingAnEditorMergedAwayStaysWithTheKeptPerson() {
		importOne(article("a", null, List.of(new PersonMention("Bùi Thanh Sơn", List.of())), List.of(), List.of()));
		this.jdbc.update("insert into person_alias (person_id, alias) select id, 'Bùi Thành Sơn' from person");
		importOne(article("b", null, List.of(new PersonMention("Bùi Thành Sơn", List.of())), List.of(), List.of()));
		assertThat(this.jdbc.queryForList("select name from person", String.class)).containsExactly("Bùi Thanh Sơn");
		assertThat(this.jdbc.queryForObject("select count(*) from article_person", Integer.class)).isEqualTo(2);
	}

	@Test
	void tonePlacementVariantsAreOnePerson() {
		importOne(article("a", null, List.of(new PersonMention("Nguyễn Thị Thủy", List.of())), List.of(), List.of()));
		importOne(article("b", null, List.of(new PersonMention("Nguyễn Thị Thuỷ", List.of())), List.of(), List.of()));
		importOne(article("c", null, List.of(new PersonMention("Nguyễn Thị Thùy", List.of())), List.of(), List.of()));
		assertThat(this.jdbc.queryForObject("select count(*) from person", Integer.class)).isEqualTo(2);
	}

	@Test
	void sameCodeInTwoTermsStaysTwoDocuments() {
		importAll(article("a", PartialDate.day(2019, 11, 6, false), List.of(),
				List.of(new DocumentReference("26-NQ/TW", "Nghị quyết", "26", "TW", LocalDate.parse("2018-05-19"),
						"XII", "Hội nghị Trung ương 7", "Tập trung xây dựng đội ngũ cán bộ các cấp")),
				List.of()),
				article("b", PartialDate.day(2010, 3, 1, false), List.of(),
						List.of(new DocumentReference("26-NQ/TW", "Nghị quyết", "26", "TW",
								LocalDate.parse("2008-08-05"), null, null, null)),
						List.of()),
				article("c", PartialDate.day(2020, 1, 1, false), List.of(),
						List.of(new DocumentReference("26-NQ/TW", "Nghị quyết", "26", "TW", null, "XII", null, null)),
						List.of()));
		assertThat(this.jdbc.queryForList("select code || ' ' || term || ' ' || issued_on from resolution order by id",
				String.class))
			.containsExactly("26-NQ/TW XII 2018-05-19", "26-NQ/TW X 2008-08-05");
		assertThat(this.jdbc.queryForObject("select count(*) from article_resolution", Integer.class)).isEqualTo(3);
	}

	@Test
	void oneCodeForTwoDocumentsInOneArticleStaysTwo() {
		importAll(
				article("a", PartialDate.day(2024, 7, 10, false), List.of(),
						List.of(new DocumentReference("35-CT/TW", "Chỉ thị", "35", "TW", LocalDate.parse("2024-06-14"),
								null, null, null),
								new DocumentReference("35-CT/TW", "Chỉ thị", "35", "TW", LocalDate.parse("2019-05-30"),
										null, null, null)),
						List.of()),
				article("b", PartialDate.day(2024, 8, 1, false), List.of(),
						List.of(new DocumentReference("35-CT/TW", "Chỉ thị", "35", "TW", null, null, null, null)),
						List.of()));
		assertThat(this.jdbc.queryForList("select term || ' ' || issued_on from resolution order by id", String.class))
			.containsExactly("XIII 2024-06-14", "XII 2019-05-30");
		assertThat(this.jdbc.queryForList("select r.issued_on::text from article_resolution ar"
				+ " join resolution r on r.id = ar.resolution_id join article a on a.id = ar.article_id"
				+ " where a.title = 'Tiêu đề b'", String.class))
			.containsExactly("2024-06-14");
	}

	@Test
	void aMeetingIsLinkedToItsChairsParticipantsAndDocuments() {
		importAll(article("a", PartialDate.minute(2019, 11, 6, 19, 27, false),
				List.of(new PersonMention("Trương Thị Mai", List.of("Ủy viên Bộ Chính trị")),
						new PersonMention("Phạm Bình Minh", List.of("Phó Thủ tướng"))),
				List.of(new DocumentReference("26-NQ/TW", "Nghị quyết", "26", "TW", LocalDate.parse("2018-05-19"),
						"XII", null, null)),
				List.of(new MeetingReport("buổi làm việc", null, PartialDate.day(2019, 11, 6, true),
						"Trụ sở Bộ Ngoại giao", null, "Đoàn Kiểm tra số 1150 của Bộ Chính trị", "1150",
						List.of("Trương Thị Mai"), List.of("Phạm Bình Minh"), List.of("26-NQ/TW")))));
		assertThat(this.jdbc.queryForList("select p.name || ' ' || mp.role from meeting_participant mp"
				+ " join person p on p.id = mp.person_id order by p.name", String.class))
			.containsExactly("Phạm Bình Minh PARTICIPANT", "Trương Thị Mai CHAIR");
		assertThat(this.jdbc.queryForObject("select count(*) from meeting_resolution", Integer.class)).isOne();
		assertThat(this.jdbc.queryForObject(
				"select held_on || ' ' || held_precision || ' ' || held_inferred" + " from meeting", String.class))
			.isEqualTo("2019-11-06 DAY true");
		assertThat(this.jdbc.queryForList("select as_of::text from position_held", String.class))
			.containsOnly("2019-11-06");
	}

	@Test
	void oneMeetingReportedTwiceInOneArticleIsOneMeeting() {
		MeetingReport report = new MeetingReport("hội nghị", null, PartialDate.day(2021, 3, 2, false), null,
				"Ban Tuyên giáo Trung ương", null, null, List.of("Trương Thị Mai"), List.of(), List.of());
		importAll(article("a", PartialDate.day(2021, 3, 2, false),
				List.of(new PersonMention("Trương Thị Mai", List.of())), List.of(), List.of(report, report)));
		assertThat(this.jdbc.queryForObject("select count(*) from meeting", Integer.class)).isOne();
	}

	@Test
	void aMeetingAnotherArticleStoredIsJoinedByALink() {
		MeetingReport report = new MeetingReport("hội nghị", null, PartialDate.day(2021, 3, 2, false), null,
				"Ban Tuyên giáo Trung ương", null, null, List.of("Trương Thị Mai"), List.of(), List.of());
		List<PersonMention> mai = List.of(new PersonMention("Trương Thị Mai", List.of("Thường trực Ban Bí thư")));
		importAll(article("a", PartialDate.day(2021, 3, 2, false), mai, List.of(), List.of(report)));
		importAll(article("b", PartialDate.day(2021, 3, 3, false), mai, List.of(), List.of(report)));
		assertThat(this.jdbc.queryForObject("select count(*) from meeting", Integer.class)).isOne();
		assertThat(this.jdbc.queryForList(
				"select a.content_hash from meeting_article m join article a" + " on a.id = m.article_id",
				String.class))
			.containsExactly("b");
	}

	@Test
	void aDocumentAnArticleGivesItsCodeIsTheOneItsBareCitationNames() {
		importAll(article("a", PartialDate.day(2019, 1, 5, false), List.of(),
				List.of(new DocumentReference(null, "Nghị quyết", "26", "TW", null, null, null, null)), List.of()));
		importAll(article("b", PartialDate.day(2019, 11, 6, false), List.of(),
				List.of(new DocumentReference("26-NQ/TW", "Nghị quyết", "26", "TW", LocalDate.parse("2018-05-19"),
						"XII", null, null),
						new DocumentReference(null, "Nghị quyết", "26", null, null, null, null, null)),
				List.of()));
		assertThat(this.jdbc.queryForList("select coalesce(code, '-') from resolution", String.class))
			.containsExactly("26-NQ/TW");
		assertThat(this.jdbc.queryForObject("select count(*) from article_resolution", Integer.class)).isEqualTo(2);
	}

	@Test
	void theSameArticleTwiceIsOneRecordReportedAsDuplicate() {
		ImportOutcome first = importOne(article("a", null, List.of(), List.of(), List.of()));
		ImportOutcome second = importOne(article("a", null, List.of(), List.of(), List.of()));
		assertThat(first.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
		assertThat(second.status()).isEqualTo(ImportOutcome.Status.DUPLICATE);
		assertThat(second.articleId()).isEqualTo(first.articleId());
		assertThat(this.jdbc.queryForObject("select count(*) from article", Integer.class)).isOne();
	}

	@Test
	void aFailingFileLeavesNothingHalfWritten() {
		ImportOutcome unreadable = this.importService.importContent("binary.bin", new byte[] { 0, 1, 2 });
		// a person name longer than the column allows fails inside the transaction, after
		// the article row
		ImportOutcome tooLong = importOne(article("b", null,
				List.of(new PersonMention("Nguyễn " + "A".repeat(300), List.of())), List.of(), List.of()));
		assertThat(unreadable.status()).isEqualTo(ImportOutcome.Status.FAILED);
		assertThat(unreadable.message()).contains("no Vietnamese text");
		assertThat(tooLong.status()).isEqualTo(ImportOutcome.Status.FAILED);
		assertThat(this.jdbc.queryForObject("select count(*) from article", Integer.class)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from person", Integer.class)).isZero();
	}

}
