package vn.newsarchive.home;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A feed summary holds no Markdown left over from a scraped page (issue 16). */
class FeedSummaryTests {

	@ParameterizedTest
	@CsvSource(delimiter = ';', nullValues = "-", textBlock = """
			![]() Sáng 6/11, đoàn công tác làm việc.;                Sáng 6/11, đoàn công tác làm việc.
			Hội nghị ![ảnh](https://x.vn/a.jpg) kiểm điểm năm 2019;  Hội nghị kiểm điểm năm 2019
			Xem [Kết luận 21](https://x.vn/kl21) của Bộ Chính trị;    Xem Kết luận 21 của Bộ Chính trị
			![]();                                                   -
			Bài không có dấu vết Markdown;                           Bài không có dấu vết Markdown
			""")
	void markdownResidueIsDropped(String lead, String expected) {
		assertThat(FeedSummary.of(lead)).isEqualTo(expected);
	}

}
