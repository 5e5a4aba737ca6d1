package vn.newsarchive.importer;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.newsarchive.importer.model.DocumentReference;
import vn.newsarchive.importer.model.MeetingReport;
import vn.newsarchive.importer.model.SegmentedArticle;
import vn.newsarchive.kernel.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationInferenceTest {

	private static SegmentedArticle article(PartialDate published) {
		return new SegmentedArticle("Tiêu đề", null, published, null, List.of(), List.of(), List.of(), List.of(),
				List.of("Đoạn"), null);
	}

	private static MeetingReport meeting(PartialDate date) {
		return new MeetingReport("Hội nghị", null, date, null, null, null, null, List.of(), List.of(), List.of());
	}

	@Test
	void aStatedPublicationTimeIsKept() {
		PartialDate stated = PartialDate.minute(2019, 11, 6, 19, 27, false);
		assertThat(PublicationInference
			.apply(article(stated), List.of(meeting(PartialDate.day(2019, 11, 5, true))), List.of())
			.published()).isEqualTo(stated);
	}

	@Test
	void theEventMonthBecomesAnInferredPublicationMonth() {
		assertThat(PublicationInference
			.apply(article(null), List.of(meeting(PartialDate.day(2019, 4, 3, true))), List.of())
			.published()).isEqualTo(PartialDate.month(2019, 4, true));
	}

	@Test
	void anEventKnownOnlyByYearGivesAYear() {
		assertThat(PublicationInference.apply(article(null), List.of(meeting(PartialDate.year(2021, true))), List.of())
			.published()).isEqualTo(PartialDate.year(2021, true));
	}

	@Test
	void aDocumentsIssueIsNotTheStorysEvent() {
		MeetingReport issuing = meeting(PartialDate.day(2021, 7, 28, false));
		DocumentReference issued = new DocumentReference("22-QĐ/TW", "Quy định", "22", "TW",
				LocalDate.parse("2021-07-28"), null, null, null);
		assertThat(PublicationInference.apply(article(null), List.of(issuing), List.of(issued)).published()).isNull();
		assertThat(PublicationInference
			.apply(article(null), List.of(issuing, meeting(PartialDate.day(2024, 7, 9, false))), List.of(issued))
			.published()).isEqualTo(PartialDate.month(2024, 7, true));
	}

	@Test
	void withoutAnEventNothingIsClaimed() {
		assertThat(PublicationInference.apply(article(null), List.of(meeting(null)), List.of()).published()).isNull();
		assertThat(PublicationInference.apply(article(null), List.of(), List.of()).published()).isNull();
	}

}
