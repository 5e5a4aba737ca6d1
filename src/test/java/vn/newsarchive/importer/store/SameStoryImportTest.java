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

import vn.newsarchive.article.ArticleRepository;
import vn.newsarchive.article.ArticleSummary;
import vn.newsarchive.article.StoryCopy;
import vn.newsarchive.importer.store.ImportOutcome.Status;
import vn.newsarchive.meeting.MeetingRepository;
import vn.newsarchive.meeting.MeetingSummary;
import vn.newsarchive.system.ArchiveTallies;
import vn.newsarchive.testdata.TemplateReports;
import vn.newsarchive.testdata.TestArchive;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Copies of one story through the real pipeline into PostgreSQL (issue 18.1 and 18.4):
 * grouped at import, listed and counted once, linked to each other, one meeting.
 */
@SpringBootTest
class SameStoryImportTest {

	static final Path SEED_000 = Path.of("seeds/000_c2fa52de5c97c5b3.txt");

	static final Path SEED_001 = Path.of("seeds/001_6353a3c6be2fbff5.txt");

	static final Path EXCERPT_001 = Path.of("src/test/resources/samestory/001-baoquocte-excerpt.txt");

	static final Path OPENING_SESSION = Path.of("src/test/resources/samestory/nguoihanoi-delegation-may-2019.txt");

	@Autowired
	ImportService importService;

	@Autowired
	ArticleRepository articles;

	@Autowired
	MeetingRepository meetings;

	@Autowired
	ArchiveTallies tallies;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void emptyArchive() {
		TestArchive.empty(this.jdbc);
	}

	@Test
	void anotherSitesCopyJoinsTheStoryAndIsListedAndCountedOnce() {
		ImportOutcome seed = this.importService.importFile(SEED_001);
		ImportOutcome copy = this.importService.importFile(EXCERPT_001);
		assertThat(copy.status()).isEqualTo(Status.IMPORTED);
		assertThat(copy.articleId()).isNotEqualTo(seed.articleId());
		assertThat(storyOf(copy.articleId())).isEqualTo(seed.articleId());
		assertThat(storyOf(seed.articleId())).isNull();

		List<ArticleSummary> listed = this.articles.findSummaries(PageRequest.of(0, 20));
		assertThat(listed).extracting(ArticleSummary::id).containsExactly(seed.articleId());
		assertThat(this.articles.findSummaries(null, null, null, PageRequest.of(0, 20)).getTotalElements())
			.isEqualTo(1);
		this.tallies.fold();
		assertThat(this.articles.countTallied()).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select coalesce(sum(n), 0) from archive_tally where kind = 'month'",
				Long.class))
			.isEqualTo(1);

		assertThat(this.articles.findAlsoPublishedBy(listed)).containsEntry(seed.articleId(), "TGVN");
		// a person both copies name counts one story, and lists it once
		assertThat(this.jdbc.queryForList("select t.n from archive_tally t join person p on p.id = t.key"
				+ " where t.kind = 'mentions' and p.name = 'Phạm Bình Minh'", Long.class))
			.containsExactly(1L);
		assertThat(this.jdbc.queryForObject("select count(*) from article_person where story_copy", Long.class))
			.isPositive();

		// each copy keeps its page, linked to the others
		assertThat(this.articles.findSameStory(seed.articleId())).extracting(StoryCopy::id)
			.containsExactly(copy.articleId());
		assertThat(this.articles.findSameStory(copy.articleId())).extracting(StoryCopy::id, StoryCopy::source)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(seed.articleId(), "TGVN"));
		assertThat(this.articles.findSameStory(copy.articleId()).get(0).url()).startsWith("/bai-viet/");
	}

	@Test
	void theMeetingTheStoryReportsIsOneMeetingWithBothArticles() {
		ImportOutcome seed = this.importService.importFile(SEED_001);
		List<MeetingSummary> reported = this.meetings.findReportedBy(seed.articleId());
		assertThat(reported).isNotEmpty();
		long before = count("meeting");
		ImportOutcome copy = this.importService.importFile(EXCERPT_001);
		assertThat(count("meeting")).isEqualTo(before);
		assertThat(this.meetings.findReportedBy(copy.articleId())).extracting(MeetingSummary::id)
			.containsAnyElementsOf(reported.stream().map(MeetingSummary::id).toList());
		assertThat(count("meeting_article")).isPositive();
	}

	@Test
	void theSameDelegationsOtherSessionStaysAStoryOfItsOwn() {
		ImportOutcome closing = this.importService.importFile(SEED_000);
		ImportOutcome opening = this.importService.importFile(OPENING_SESSION);
		assertThat(storyOf(closing.articleId())).isNull();
		assertThat(storyOf(opening.articleId())).isNull();
		assertThat(this.articles.findSameStory(closing.articleId())).isEmpty();
		assertThat(this.articles.findSummaries(PageRequest.of(0, 20))).hasSize(2);
	}

	@Test
	void aNewReportOfAStoredEventFromAnotherSiteJoinsItsMeeting(@TempDir Path folder) throws Exception {
		ImportOutcome seed = this.importService.importFile(SEED_001);
		long before = count("meeting");
		// another report of the same conference, written otherwise: another story
		Path other = folder.resolve("other-report.txt");
		Files.writeString(other,
				"""
						Bộ Ngoại giao tự phê bình năm 2019
						27/02/2020 08:00
						Ngày 26/2, Ban cán sự đảng Bộ Ngoại giao đã tổ chức Hội nghị kiểm điểm công tác lãnh đạo, chỉ đạo năm 2019 tại Hà Nội.
						Các thành viên Ban cán sự đảng đã thẳng thắn tự phê bình và phê bình, chỉ rõ những hạn chế cần khắc phục trong năm tới.
						""",
				StandardCharsets.UTF_8);
		ImportOutcome report = this.importService.importFile(other);
		assertThat(report.status()).isEqualTo(Status.IMPORTED);
		assertThat(storyOf(report.articleId())).isNull();
		assertThat(count("meeting")).isEqualTo(before);
		assertThat(this.meetings.findReportedBy(report.articleId())).extracting(MeetingSummary::id)
			.containsExactlyElementsOf(
					this.meetings.findReportedBy(seed.articleId()).stream().map(MeetingSummary::id).toList());
	}

	/**
	 * Agency boilerplate: two reports written from one template, about other resolutions
	 * chaired by other people, share most of their wording (J = 0.66 to 0.80) but are two
	 * stories; a copy of one of them still joins it.
	 */
	@Test
	void reportsFromOneTemplateAboutOtherDocumentsAndPeopleAreStoriesOfTheirOwn() {
		ImportOutcome first = importText("first.txt", TemplateReports.report("1001-NQ/TW", "Nguyễn Văn Khải", 1));
		ImportOutcome second = importText("second.txt", TemplateReports.report("1002-NQ/TW", "Trần Quốc Dũng", 2));
		ImportOutcome copy = importText("copy.txt", TemplateReports.report("1001-NQ/TW", "Nguyễn Văn Khải", 3));
		assertThat(storyOf(first.articleId())).isNull();
		assertThat(storyOf(second.articleId())).isNull();
		assertThat(storyOf(copy.articleId())).isEqualTo(first.articleId());
	}

	private ImportOutcome importText(String file, String text) {
		ImportOutcome outcome = this.importService.importContent(file, text.getBytes(StandardCharsets.UTF_8));
		assertThat(outcome.status()).isEqualTo(Status.IMPORTED);
		return outcome;
	}

	private Long storyOf(long articleId) {
		return this.jdbc.queryForObject("select story_id from article where id = ?", Long.class, articleId);
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
