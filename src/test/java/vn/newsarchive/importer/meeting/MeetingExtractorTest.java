package vn.newsarchive.importer.meeting;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.newsarchive.importer.EntityExtractor;
import vn.newsarchive.importer.Fixtures;
import vn.newsarchive.importer.model.MeetingReport;
import vn.newsarchive.importer.model.PartialDate;
import vn.newsarchive.importer.model.SegmentedArticle;

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
		assertThat(meeting.kind()).isEqualTo("cuộc họp");
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

	private MeetingReport only(SegmentedArticle article) {
		List<MeetingReport> meetings = this.extractor.extract(article).meetings();
		assertThat(meetings).hasSize(1);
		return meetings.get(0);
	}

}
