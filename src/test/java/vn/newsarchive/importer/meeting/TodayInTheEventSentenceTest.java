package vn.newsarchive.importer.meeting;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.newsarchive.importer.Fixtures;
import vn.newsarchive.importer.model.MeetingReport;
import vn.newsarchive.kernel.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A meeting whose sentence has no date but says "today" is dated the day the article is
 * published (issue 17); without a publication day, or without "today", it gets no day.
 * Sentences of our own, after the phenomena met in real articles.
 */
class TodayInTheEventSentenceTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "none",
			textBlock = """
					Dưới sự chủ trì của Bí thư Tỉnh ủy Hà Văn Khánh, Ban Thường vụ Tỉnh ủy hôm nay làm việc với Đảng ủy Quân sự tỉnh. | 2024-05-14 | 2024-05-14
					Sáng nay, đồng chí Nông Thị Hạnh, Phó Bí thư Tỉnh ủy chủ trì hội nghị sơ kết công tác tuyên giáo. | 2024-05-14 | 2024-05-14
					Dưới sự chủ trì của Bí thư Tỉnh ủy Hà Văn Khánh, Ban Thường vụ Tỉnh ủy hôm nay làm việc với Đảng ủy Quân sự tỉnh. | none | none
					Dưới sự chủ trì của Bí thư Tỉnh ủy Hà Văn Khánh, Ban Thường vụ Tỉnh ủy làm việc với Đảng ủy Quân sự tỉnh. | 2024-05-14 | none
					""")
	void todayIsThePublicationDay(String sentence, String published, String expected) {
		PartialDate day = (published == null) ? null : PartialDate.day(Integer.parseInt(published.substring(0, 4)),
				Integer.parseInt(published.substring(5, 7)), Integer.parseInt(published.substring(8)), false);
		MeetingReport meeting = OnlyMeeting.of(Fixtures.article(null, null, day, List.of(sentence), List.of()));
		if (expected == null) {
			assertThat(meeting.date()).isNull();
		}
		else {
			assertThat(meeting.date().value()).isEqualTo(expected);
		}
	}

}
