package vn.newsarchive.importer.meeting;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.newsarchive.importer.EntityExtractor;
import vn.newsarchive.importer.Fixtures;
import vn.newsarchive.importer.model.MeetingReport;
import vn.newsarchive.importer.model.SegmentedArticle;

import static org.assertj.core.api.Assertions.assertThat;

/** Who is at the event, and who is only what a decision or a discipline acts on. */
class MeetingPeopleTest {

	private final EntityExtractor extractor = new EntityExtractor();

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Ủy ban quyết định thi hành kỷ luật bằng hình thức cảnh cáo đối với ông Lê Văn Tám, nguyên Chủ tịch UBND tỉnh.
					Ủy ban quyết định cảnh cáo đồng chí Lê Văn Tám, nguyên Giám đốc Sở Tài chính.
					Ủy ban quyết định khiển trách ông Lê Văn Tám, Phó Giám đốc Sở Tài chính.
					Ủy ban đề nghị Bộ Chính trị xem xét, khai trừ ra khỏi Đảng đối với đồng chí Lê Văn Tám, nguyên Bí thư Tỉnh ủy.
					Ủy ban đề nghị cách chức tất cả các chức vụ trong Đảng đối với ông Lê Văn Tám và ông Đỗ Văn Sáu.
					""")
	void peopleBeingDisciplinedAreNoParticipants(String discipline) {
		MeetingReport meeting = OnlyMeeting.of(Fixtures
			.body("Ngày 6/5, Ủy ban Kiểm tra Trung ương đã họp kỳ 20. Đồng chí Trần Văn Bình chủ trì kỳ họp. "
					+ discipline));
		assertThat(meeting.kind()).isEqualTo("kỳ họp");
		assertThat(meeting.chairs()).containsExactly("Trần Văn Bình");
		assertThat(meeting.participants()).isEmpty();
	}

	@Test
	void peopleNamedOnlyInAnAnnouncedDecisionAreNoParticipants() {
		String sentence = "Sáng 2/3, Đảng ủy Khối tổ chức Hội nghị công bố quyết định về công tác cán bộ. "
				+ "Ông Hà Văn Nam đã công bố Quyết định của Bộ Chính trị về việc phân công công tác đối với đồng chí Đỗ Thị Hương, Phó Trưởng ban.";
		assertThat(OnlyMeeting.of(Fixtures.body(sentence)).participants()).containsExactly("Hà Văn Nam");
		MeetingReport present = OnlyMeeting
			.of(Fixtures.body(sentence, "Dự hội nghị có bà Đỗ Thị Hương, Phó Trưởng ban."));
		assertThat(present.participants()).containsExactly("Hà Văn Nam", "Đỗ Thị Hương");
	}

	@Test
	void anAnnouncementIsNoMeeting() {
		SegmentedArticle article = Fixtures.body(
				"Ngày 13-6, Ủy ban Kiểm tra Tỉnh ủy cho biết, cơ quan này vừa có thông báo về kết quả kỳ họp thứ 8.",
				"Văn bản nêu rõ các vi phạm của một số tổ chức đảng.");
		assertThat(this.extractor.extract(article).meetings()).isEmpty();
	}

	@Test
	void theSessionAnAnnouncementIsAboutIsTheMeeting() {
		MeetingReport meeting = OnlyMeeting.of(Fixtures.body(
				"Ngày 24/3, Ủy ban Kiểm tra Trung ương đã có thông báo về kết quả Kỳ họp thứ 5 của Ủy ban.",
				"Ủy ban Kiểm tra Trung ương đã họp kỳ thứ 5 từ ngày 14 đến ngày 18/3/2012 tại Hà Nội, với sự chủ trì của đồng chí Trần Văn Bình, Chủ nhiệm Ủy ban Kiểm tra Trung ương."));
		assertThat(meeting.kind()).isEqualTo("kỳ họp");
		assertThat(meeting.date().value()).isEqualTo("2012-03-14");
		assertThat(meeting.place()).isEqualTo("Hà Nội");
		assertThat(meeting.chairs()).containsExactly("Trần Văn Bình");
	}

}
