package vn.newsarchive.importer.meeting;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.newsarchive.importer.EntityExtractor;
import vn.newsarchive.importer.Fixtures;
import vn.newsarchive.importer.model.MeetingReport;
import vn.newsarchive.importer.model.SegmentedArticle;
import vn.newsarchive.kernel.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingExtractorTest {

	private final EntityExtractor extractor = new EntityExtractor();

	@Test
	void inspectionDelegationWithPlaceChairAndDocuments() {
		MeetingReport meeting = only(Fixtures.article(null, null, PartialDate.day(2025, 2, 23, false), List.of(
				"Chiều 22/2, tại Hậu Giang, Đoàn kiểm tra số 1914 của Bộ Chính trị do ông Nguyễn Xuân Thắng, Ủy viên Bộ Chính trị, Chủ tịch Hội đồng Lý luận Trung ương làm trưởng đoàn đã công bố Quyết định kiểm tra của Bộ Chính trị đối với Ban Thường vụ Tỉnh ủy Hậu Giang.",
				"Đoàn kiểm tra đã công bố quyết định, kế hoạch: Tổng kết Nghị quyết số 18-NQ/TW ngày 25/10/2017; Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị."),
				List.of()));
		assertThat(meeting.kind()).isEqualTo("kiểm tra");
		assertThat(meeting.date()).isEqualTo(PartialDate.day(2025, 2, 22, true));
		assertThat(meeting.place()).isEqualTo("Hậu Giang");
		assertThat(meeting.delegation()).isEqualTo("Đoàn Kiểm tra số 1914 của Bộ Chính trị");
		assertThat(meeting.chairs()).containsExactly("Nguyễn Xuân Thắng");
		assertThat(meeting.resolutions()).containsExactly("18-NQ/TW", "35-CT/TW");
	}

	@Test
	void sessionOverTwoDaysWithoutAnyYearHasNoDate() {
		MeetingReport meeting = only(Fixtures.body(
				"Trong hai ngày 21- 22/4, Ủy ban Kiểm tra Trung ương khóa 12, họp kỳ thứ 2 và 3. Ông Trần Quốc Vượng - Ủy viên Bộ Chính trị - Bí thư Trung ương Đảng - Chủ nhiệm Ủy ban Kiểm tra Trung ương chủ trì cuộc họp."));
		assertThat(meeting.kind()).isEqualTo("kỳ họp");
		assertThat(meeting.date()).isNull();
		assertThat(meeting.chairs()).containsExactly("Trần Quốc Vượng");
	}

	@Test
	void organiserAndParticipantsOfAConference() {
		MeetingReport meeting = only(Fixtures.body(
				"Sáng 16.8, Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam phối hợp với các tổ chức thành viên tổ chức Hội nghị toàn quốc triển khai Chương trình hành động. Tổng Bí thư Nguyễn Phú Trọng dự và phát biểu chỉ đạo hội nghị."));
		assertThat(meeting.kind()).isEqualTo("Hội nghị");
		assertThat(meeting.title()).isEqualTo("Hội nghị toàn quốc triển khai Chương trình hành động");
		assertThat(meeting.organizer()).isEqualTo("Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam");
		assertThat(meeting.chairs()).isEmpty();
		assertThat(meeting.participants()).containsExactly("Nguyễn Phú Trọng");
	}

	@Test
	void teasersOfOtherStoriesAreNoMeeting() {
		SegmentedArticle article = new SegmentedArticle("Bộ Ngoại giao", null, null, null, List.of(), List.of(),
				List.of("Lấy phiếu tín nhiệm giữa nhiệm kỳ"),
				List.of("Sáng ngày 03/4, tại Trụ sở Bộ Ngoại giao, Ban cán sự đảng Bộ Ngoại giao tổ chức Hội nghị lấy phiếu tín nhiệm giữa ..."),
				List.of("Bộ Ngoại giao đã xây dựng được đội ngũ cán bộ tuyệt đối trung thành."), null);
		assertThat(this.extractor.extract(article).meetings()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Ngày 12/3/2023, Tổng Bí thư đã thay mặt Bộ Chính trị ký ban hành Quy định số 99-QĐ/TW về công tác cán bộ.
			Ngày 4/6/2022, Ban Chấp hành Trung ương ban hành Quy định số 77-QĐ/TW về công tác kiểm tra, giám sát.
			Ngày 1/2/2021, Bộ Chính trị ban hành Chỉ thị số 55-CT/TW về đại hội đảng bộ các cấp.
			Ngày 10/10/2019, Chính phủ ban hành Nghị định số 88/2019/NĐ-CP về công tác văn thư.
			Quy định số 77-QĐ/TW ngày 4/6/2022 thay thế quy định trước đó.
			""")
	void issuingOrSigningADocumentIsNoMeeting(String sentence) {
		assertThat(this.extractor.extract(Fixtures.body(sentence, "Văn bản gồm 5 chương và 30 điều.")).meetings())
			.isEmpty();
	}

	@Test
	void documentIssuedAtAConferenceStillMakesTheConference() {
		MeetingReport meeting = only(Fixtures.body(
				"Ngày 12/3/2023, tại Hội nghị lần thứ năm, Ban Chấp hành Trung ương đã ban hành Nghị quyết số 18-NQ/TW."));
		assertThat(meeting.kind()).isEqualTo("Hội nghị");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Sáng nay (12/5), tại Trụ sở Bộ Tư pháp, Bộ trưởng Lê Thành Long đã chủ trì phiên họp thường kỳ. | phiên họp | 5 | 12
					Sáng ngày 08 tháng 3 năm 2021, tại trụ sở Chính phủ, Thủ tướng Phạm Minh Chính đã chủ trì phiên họp. | phiên họp | 3 | 8
					""")
	void meetingsOpenedByOtherDateForms(String sentence, String kind, int month, int day) {
		MeetingReport meeting = only(
				Fixtures.article(null, null, PartialDate.day(2021, 6, 1, false), List.of(sentence), List.of()));
		assertThat(meeting.kind()).isEqualTo(kind);
		assertThat(meeting.date().startDate().getMonthValue()).isEqualTo(month);
		assertThat(meeting.date().startDate().getDayOfMonth()).isEqualTo(day);
		assertThat(meeting.place()).isNotNull();
	}

	@Test
	void undatedChairedConferenceIsAMeeting() {
		MeetingReport meeting = only(Fixtures.body(
				"Đại tướng Lương Cường, Ủy viên Bộ Chính trị chủ trì hội nghị Ban Thường vụ Quân ủy Trung ương xem xét một số nhiệm vụ."));
		assertThat(meeting.kind()).isEqualTo("Hội nghị");
		assertThat(meeting.chairs()).containsExactly("Lương Cường");
	}

	@Test
	void theHostOfAReceptionChairsIt() {
		MeetingReport meeting = only(Fixtures.body(
				"Chiều 5/4, tại Trụ sở Bộ Ngoại giao, Bộ trưởng Bùi Thanh Sơn tiếp Đại sứ Nhật Bản Ito Naoki. Bộ trưởng Bùi Thanh Sơn tiếp tục khẳng định quan hệ hai nước."));
		assertThat(meeting.kind()).isEqualTo("buổi tiếp");
		assertThat(meeting.chairs()).containsExactly("Bùi Thanh Sơn");
	}

	@Test
	void aMeetingNamedAfterTaiIsNoPlaceAndItsDocumentStyleDateCounts() {
		MeetingReport meeting = only(Fixtures.body(
				"Phát biểu của đồng chí Nguyễn Văn An, Phó Bí thư Tỉnh ủy tại Hội nghị sơ kết công tác tuyên giáo, năm 2016, ngày 3-8-2016."));
		assertThat(meeting.title()).isEqualTo("Hội nghị sơ kết công tác tuyên giáo, năm 2016");
		assertThat(meeting.place()).isNull();
		assertThat(meeting.date()).isEqualTo(PartialDate.day(2016, 8, 3, false));
	}

	@Test
	void titleEndsBeforeTheSentencesVerb() {
		MeetingReport meeting = only(Fixtures
			.body("Ngày 15/9, tại Hội nghị Ban Chấp hành Đảng bộ tỉnh đã công bố các quyết định về công tác cán bộ."));
		assertThat(meeting.title()).isEqualTo("Hội nghị Ban Chấp hành Đảng bộ tỉnh");
		assertThat(meeting.place()).isNull();
		MeetingReport heard = only(Fixtures.body("Sáng 24/3, Tỉnh ủy tổ chức hội nghị quán triệt nghị quyết.",
				"Hội nghị đã được nghe báo cáo những nội dung cơ bản của Nghị quyết số 28-NQ/TW."));
		assertThat(heard.title()).isNull();
	}

	@Test
	void anAbbreviatedTrungUongDoesNotCutANameShort() {
		MeetingReport meeting = only(Fixtures.body(
				"Ngày 27/7, tại Hà Nội, Ban Tuyên giáo T.Ư tổ chức Hội nghị triển khai Quyết định của Ban Bí thư T.Ư về công tác cán bộ."));
		assertThat(meeting.organizer()).isEqualTo("Ban Tuyên giáo T.Ư");
		assertThat(meeting.title()).isEqualTo("Hội nghị triển khai Quyết định của Ban Bí thư T.Ư về công tác cán bộ");
	}

	@Test
	void bodiesNamedTogetherOrganiseAndSendTogether() {
		MeetingReport conference = only(Fixtures.body(
				"Sáng 18/5, tại Hà Nội, Bộ Chính trị, Ban Bí thư tổ chức Hội nghị toàn quốc quán triệt Nghị quyết số 66-NQ/TW."));
		assertThat(conference.organizer()).isEqualTo("Bộ Chính trị, Ban Bí thư");
		MeetingReport visit = only(Fixtures.body(
				"Ngày 26/2, Đoàn kiểm tra, giám sát số 15 của Bộ Chính trị, Ban Bí thư do ông Nguyễn Văn An làm Trưởng đoàn làm việc với Ban Thường vụ Tỉnh ủy."));
		assertThat(visit.delegation()).isEqualTo("Đoàn Kiểm tra, giám sát số 15 của Bộ Chính trị, Ban Bí thư");
		assertThat(visit.delegationNumber()).isEqualTo("15");
	}

	@Test
	void aStandingDelegationPostOrAPersonnelDecisionMakesNoChair() {
		MeetingReport meeting = only(Fixtures.body(
				"Sáng 4/11, Đảng ủy Khối tổ chức Hội nghị công bố quyết định về công tác cán bộ. Theo quyết định, bà Trần Thị Hoa, Ủy viên Trung ương Đảng, Trưởng đoàn đại biểu Quốc hội tỉnh, giữ chức Bí thư Đảng ủy Khối."));
		assertThat(meeting.chairs()).isEmpty();
		assertThat(meeting.participants()).containsExactly("Trần Thị Hoa");
	}

	@Test
	void chairAfterATitleHoldingCommas() {
		MeetingReport meeting = only(Fixtures.body(
				"Sáng 9/4, tại trụ sở Chính phủ, Thủ tướng Phạm Minh Chính, Trưởng Ban Chỉ đạo quốc gia về khoa học, công nghệ và chuyển đổi số đã chủ trì phiên họp lần thứ 3 của Ban Chỉ đạo."));
		assertThat(meeting.chairs()).containsExactly("Phạm Minh Chính");
	}

	@Test
	void anAttendeeOfAMeetingAnotherBodyChairsIsNoChair() {
		MeetingReport meeting = only(Fixtures.body(
				"Sáng 9/4, Thủ tướng Phạm Minh Chính, Trưởng Ban Chỉ đạo về khoa học, công nghệ dự phiên họp do Ban Thường vụ đã chủ trì."));
		assertThat(meeting.chairs()).isEmpty();
	}

	private MeetingReport only(SegmentedArticle article) {
		List<MeetingReport> meetings = this.extractor.extract(article).meetings();
		assertThat(meetings).hasSize(1);
		return meetings.get(0);
	}

}
