package vn.newsarchive.importer.meeting;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.newsarchive.importer.Fixtures;
import vn.newsarchive.importer.model.MeetingReport;
import vn.newsarchive.kernel.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events whose dated sentence has no meeting noun (issue 17, the unseen excerpts of
 * session 11): a launch ceremony ("tổ chức phát động"), a visit ("đến thăm", "tới chúc
 * mừng"); and the year of a day written with it elsewhere in the text: an announced
 * congress ("từ ngày 13 - 15.10.2025" after "13 - 15.10" in a page of September), the day
 * an anniversary closes ("(22/12/1944 - 22/12/2023), sáng ngày 22/12"). Session 13: a
 * decision announced or handed over ("công bố quyết định", "trao quyết định") is an
 * event, and a day a few days before an anniversary's closing day takes its year
 * ("(19/8/1945 – 19/8/2022), chiều ngày 18/8"). Sentences of our own, after the phenomena
 * met in real articles.
 */
class EventsWithoutMeetingNounsTest {

	@Test
	void aLaunchCeremonyIsAnEvent() {
		MeetingReport meeting = OnlyMeeting.of(Fixtures.body(
				"Ngày 18/01/2024, Đảng ủy Bộ Chỉ huy Quân sự tỉnh tổ chức phát động phong trào thi đua Quyết thắng. Đại tá Hồ Văn Tư, Chính ủy chủ trì buổi lễ phát động."));
		assertThat(meeting.date().value()).isEqualTo("2024-01-18");
		assertThat(meeting.chairs()).containsExactly("Hồ Văn Tư");
	}

	@Test
	void aVisitIsAnEvent() {
		MeetingReport meeting = OnlyMeeting.of(Fixtures.body(
				"Sáng ngày 20/12/2023, các đồng chí: Trần Văn Nam, Bí thư Tỉnh ủy; Lê Văn Hải, Chủ tịch UBND tỉnh đã tới chúc mừng cán bộ, chiến sĩ Bộ Chỉ huy Quân sự tỉnh."));
		assertThat(meeting.date().value()).isEqualTo("2023-12-20");
		MeetingReport visit = OnlyMeeting.of(Fixtures.body(
				"Chiều ngày 17/8/2022, đồng chí Trần Văn Nam, Bí thư Tỉnh ủy đã đến thăm, chúc mừng cán bộ, chiến sĩ Công an tỉnh."));
		assertThat(visit.date().value()).isEqualTo("2022-08-17");
	}

	@Test
	void anAnnouncedDayTakesTheYearWrittenWithItElsewhere() {
		MeetingReport meeting = OnlyMeeting.of(Fixtures.article(null, null, PartialDate.day(2025, 9, 29, false), List
			.of("Đại hội Đảng bộ thành phố lần thứ nhất dự kiến diễn ra từ ngày 13 - 15.10.",
					"Thành ủy thông báo Đại hội đại biểu Đảng bộ thành phố dự kiến diễn ra từ ngày 13 - 15.10.2025."),
				List.of()));
		assertThat(meeting.date().value()).isEqualTo("2025-10-13");
	}

	@Test
	void aDayAnAnniversaryClosesOnTakesItsYear() {
		MeetingReport meeting = OnlyMeeting.of(Fixtures.body(
				"Nhân kỷ niệm 79 năm Ngày thành lập Quân đội nhân dân (22/12/1944 - 22/12/2023), sáng ngày 22/12, Thường trực Tỉnh ủy đã tới chúc mừng Bộ Chỉ huy Quân sự tỉnh."));
		assertThat(meeting.date().value()).isEqualTo("2023-12-22");
	}

	@Test
	void announcingOrHandingOverADecisionIsAnEvent() {
		MeetingReport announced = OnlyMeeting.of(Fixtures.article(null, null, PartialDate.day(2025, 10, 28, false), List
			.of("Sáng 28/10, Tỉnh ủy Bắc Kạn công bố quyết định của Ban Bí thư chuẩn y ông Lê Văn Hòa giữ chức Phó Bí thư Tỉnh ủy."),
				List.of()));
		assertThat(announced.date().value()).isEqualTo("2025-10-28");
		MeetingReport handedOver = OnlyMeeting.of(Fixtures.article(null, null, PartialDate.day(2024, 3, 6, false),
				List.of("Chiều 5/3, đồng chí Trần Văn Nam, Bí thư Tỉnh ủy trao quyết định điều động ông Lê Văn Hòa."),
				List.of()));
		assertThat(handedOver.date().value()).isEqualTo("2024-03-05");
	}

	@Test
	void aDayJustBeforeAnAnniversaryTakesItsYear() {
		MeetingReport meeting = OnlyMeeting.of(Fixtures.body(
				"Nhân dịp kỷ niệm 78 năm Ngày truyền thống lực lượng Công an nhân dân (19/8/1945 – 19/8/2023), chiều ngày 17/8, đồng chí Trần Văn Nam, Bí thư Tỉnh ủy đã đến thăm, chúc mừng Công an tỉnh."));
		assertThat(meeting.date().value()).isEqualTo("2023-08-17");
	}

	@Test
	void anOlderDocumentOnTheSameDayLeavesTheYearToThePublication() {
		MeetingReport meeting = OnlyMeeting.of(Fixtures.article(null, null, PartialDate.day(2025, 2, 5, false), List
			.of("Sáng 3/2, Tỉnh ủy tổ chức hội nghị quán triệt Chỉ thị số 35-CT/TW ngày 3/2/2019 của Bộ Chính trị."),
				List.of()));
		assertThat(meeting.date().value()).isEqualTo("2025-02-03");
	}

}
