package vn.newsarchive.importer.meeting;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.newsarchive.importer.Fixtures;
import vn.newsarchive.importer.model.MeetingReport;

import static org.assertj.core.api.Assertions.assertThat;

/** Events written without the words or the places the extractor first looked for. */
class MissedMeetingsTest {

	@Test
	void anInspectionSessionAfterTheNoticeOfIt() {
		MeetingReport meeting = OnlyMeeting.of(Fixtures.body(
				"Ngày 12-4-2022, Ủy ban Kiểm tra Trung ương đã ra thông báo về kỳ họp thứ năm. Theo đó, trong các ngày 7, 8 và 11-4-2022, tại Hà Nội, Ủy ban Kiểm tra Trung ương đã họp kỳ thứ năm. Đồng chí Trần Văn Bình chủ trì kỳ họp."));
		assertThat(meeting.kind()).isEqualTo("kỳ họp");
		assertThat(meeting.date().value()).isEqualTo("2022-04-07");
		assertThat(meeting.place()).isEqualTo("Hà Nội");
		assertThat(meeting.chairs()).containsExactly("Trần Văn Bình");
	}

	@Test
	void aPartyCongressWithATermButNoYearHasNoDate() {
		MeetingReport meeting = OnlyMeeting.of(Fixtures.body(
				"Chiều tối qua (23/9), Đại hội đại biểu Đảng bộ tỉnh Bình Định lần thứ XX, nhiệm kỳ 2015 - 2020 đã bầu Ban Chấp hành Đảng bộ tỉnh."));
		assertThat(meeting.kind()).isEqualTo("Đại hội");
		assertThat(meeting.title())
			.isEqualTo("Đại hội đại biểu Đảng bộ tỉnh Bình Định lần thứ XX, nhiệm kỳ 2015 - 2020");
		assertThat(meeting.date()).isNull();
	}

	@Test
	void aCongressNamedWithoutItsNumberHasNoTitle() {
		MeetingReport meeting = OnlyMeeting.of(Fixtures
			.body("Sáng 24/9, Đại hội Đảng bộ tỉnh khai mạc trọng thể với sự tham dự của 415 đại biểu chính thức."));
		assertThat(meeting.kind()).isEqualTo("Đại hội");
		assertThat(meeting.title()).isNull();
	}

	@Test
	void aCouncilSessionNamedInTheHeadline() {
		MeetingReport meeting = OnlyMeeting
			.of(Fixtures.article("Phát biểu khai mạc tại Kỳ họp thứ Tám, Hội đồng nhân dân tỉnh khóa X", null, null,
					List.of("Thưa các vị đại biểu,", "Năm qua, tỉnh ta đạt nhiều kết quả."), List.of()));
		assertThat(meeting.kind()).isEqualTo("kỳ họp");
	}

	@Test
	void talksDatedOnlyUnderTheirPhoto() {
		MeetingReport meeting = OnlyMeeting
			.of(Fixtures.article(null, null, null, List.of("Đúng 10 giờ, hai nhà lãnh đạo tiến hành hội đàm."), List
				.of("Sáng 5/3/2018, tại Phủ Chủ tịch, Chủ tịch nước Trần Văn Bình tiếp Tổng thống Pháp nhân dịp sang Việt Nam dự Hội nghị thượng đỉnh.")));
		assertThat(meeting.date().value()).isEqualTo("2018-03-05");
		assertThat(meeting.place()).isEqualTo("Phủ Chủ tịch");
		assertThat(meeting.kind()).isEqualTo("buổi tiếp");
		assertThat(meeting.title()).isNull();
		assertThat(meeting.chairs()).containsExactly("Trần Văn Bình");
	}

	@Test
	void talksWithoutADate() {
		MeetingReport meeting = OnlyMeeting
			.of(Fixtures.body("Chủ tịch nước Trần Văn Bình hội đàm với Tổng thống Pháp."));
		assertThat(meeting.kind()).isEqualTo("hội đàm");
	}

	@Test
	void aCeremonyOpeningAParagraph() {
		MeetingReport meeting = OnlyMeeting.of(Fixtures.body("Thủ tướng đã gửi lẵng hoa chúc mừng.",
				"Lễ Kỷ niệm vinh dự đón đồng chí Trần Văn Bình, Ủy viên Bộ Chính trị."));
		assertThat(meeting.kind()).isEqualTo("lễ");
		assertThat(meeting.participants()).containsExactly("Trần Văn Bình");
	}

}
