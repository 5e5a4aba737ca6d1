package vn.newsarchive.importer.meeting;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.newsarchive.importer.Fixtures;
import vn.newsarchive.importer.model.MeetingReport;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingChairsTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Ngày 5/3, Ủy ban Kiểm tra Tỉnh ủy đã họp kỳ thứ 12 tại Nam Định, với sự chủ trì của đồng chí Phạm Văn Hải, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy. | Phạm Văn Hải
					Sáng 20/6, Hội nghị Ban Chấp hành Đảng bộ tỉnh đã diễn ra dưới sự chủ trì của Bí thư Tỉnh ủy Lê Minh Quân. | Lê Minh Quân
					""")
	void theChairAfterSuChuTriCua(String sentence, String chair) {
		MeetingReport meeting = OnlyMeeting.of(Fixtures.body(sentence));
		assertThat(meeting.chairs()).containsExactly(chair);
		assertThat(meeting.participants()).isEmpty();
	}

	@Test
	void everyoneInASentenceOpenedByChuTriChairs() {
		MeetingReport meeting = OnlyMeeting.of(Fixtures.body(
				"Ngày 3/10, tại Huế đã diễn ra Hội nghị Ban Thường trực Ủy ban MTTQ tỉnh lần thứ 5. Chủ trì Hội nghị có ông Trần Văn Bình, Chủ tịch Ủy ban MTTQ tỉnh; bà Lê Thị Lan, Phó Chủ tịch - Tổng Thư ký; các Phó Chủ tịch Ủy ban MTTQ tỉnh: Nguyễn Văn Tâm, Hoàng Minh Đức."));
		assertThat(meeting.chairs()).containsExactly("Trần Văn Bình", "Lê Thị Lan", "Nguyễn Văn Tâm", "Hoàng Minh Đức");
		assertThat(meeting.participants()).isEmpty();
	}

	/**
	 * Session 15's unseen excerpts: "chủ trị", the chair verb with its tone mark slipped
	 * (a frequent typo of "chủ trì"), chairs as the verb does and ends the chair's title.
	 */
	@Test
	void theChairVerbWithItsToneSlippedChairs() {
		MeetingReport meeting = OnlyMeeting.of(Fixtures.body(
				"Sáng 9/12, tại Bộ CHQS tỉnh đã diễn ra Hội nghị bàn giao chức vụ Chính ủy. Trung tướng Lê Văn Hải - Chính ủy Quân khu 9 chủ trị hội nghị."));
		assertThat(meeting.chairs()).containsExactly("Lê Văn Hải");
	}

	/**
	 * Session 16 (after sessions 11–15 labelled them so): the people who have a working
	 * session with a body ("A - X có buổi làm việc với Công an tỉnh", "các đồng chí: A,
	 * X; B, Y đã làm việc với …") lead it.
	 */
	@Test
	void whoHasAWorkingSessionWithABodyLeadsIt() {
		MeetingReport one = OnlyMeeting.of(Fixtures.body(
				"Chiều 12/5, đồng chí Lê Văn Hải - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh có buổi làm việc với Sở Y tế. Tham dự có đồng chí Trần Thị Lan - Giám đốc Sở Y tế."));
		assertThat(one.chairs()).containsExactly("Lê Văn Hải");
		MeetingReport two = OnlyMeeting.of(Fixtures.body(
				"Sáng 3-4, các đồng chí: Phạm Văn Long, Bí thư Tỉnh ủy; Hoàng Minh Tâm, Phó Bí thư Tỉnh ủy đã làm việc với Ban Tuyên giáo Tỉnh ủy."));
		assertThat(two.chairs()).containsExactly("Phạm Văn Long", "Hoàng Minh Tâm");
	}

	@Test
	void attendingAndDirectingIsNoChair() {
		MeetingReport meeting = OnlyMeeting.of(Fixtures.body(
				"Ngày 7/12, tại Hà Nội, Tổng Bí thư Nguyễn Văn An đã dự và chỉ đạo Hội nghị Đảng ủy Khối.",
				"Đồng chí Trần Văn Bình, Bí thư Đảng ủy Khối chủ trì hội nghị."));
		assertThat(meeting.chairs()).containsExactly("Trần Văn Bình");
		assertThat(meeting.participants()).containsExactly("Nguyễn Văn An");
	}

	/**
	 * Session 17's unseen excerpts: the words before the chair verb may be listed with a
	 * comma ("A dự, chủ trì và trao quyết định"), and a chair with a chain, a semicolon
	 * and a group header of titles alone before the other chairs chairs with them ("A, X;
	 * các Phó Chủ tịch …: B, C chủ trì").
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Chiều 4/3, Ban Thường vụ Huyện ủy tổ chức hội nghị công bố quyết định về công tác cán bộ. Đồng chí Lê Văn Hải, Phó Bí thư Huyện ủy dự, chủ trì và trao quyết định. | Lê Văn Hải
					Sáng 6/9, tại Huế, Hội nghị Ban Thường trực Ủy ban MTTQ tỉnh lần thứ 8 khai mạc. Ông Trần Văn Bình, Chủ tịch Ủy ban MTTQ tỉnh; các Phó Chủ tịch Ủy ban MTTQ tỉnh: Nguyễn Văn Tâm, Hoàng Minh Đức chủ trì Hội nghị. | Trần Văn Bình; Nguyễn Văn Tâm; Hoàng Minh Đức
					""")
	void chairsListedWithCommasAndAfterATitleHeader(String text, String chairs) {
		assertThat(OnlyMeeting.of(Fixtures.body(text)).chairs()).containsExactly(chairs.split("; "));
	}

	/**
	 * Session 17's hold-out: "chủ tọa" (presides; "chủ toạ" with the modern tone
	 * placement) names the chair of a council's session or a conference as "chủ trì"
	 * does, after the person, in "dưới sự chủ tọa của" and opening a list of chairs.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Sáng 14/8, HĐND tỉnh khai mạc kỳ họp thứ 9. Ông Lê Văn Hải, Chủ tịch HĐND tỉnh chủ tọa kỳ họp. | Lê Văn Hải
					Sáng 14/8, HĐND huyện khai mạc kỳ họp thứ 5. Ông Trần Văn Bình, Chủ tịch HĐND huyện và bà Lê Thị Lan, Phó Chủ tịch HĐND huyện đồng chủ toạ kỳ họp. | Trần Văn Bình; Lê Thị Lan
					Chiều 2/10, Đảng ủy xã tổ chức hội nghị sơ kết dưới sự chủ tọa của đồng chí Phạm Văn Long, Bí thư Đảng ủy xã. | Phạm Văn Long
					Ngày 5/11, Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 7 khai mạc. Chủ toạ hội nghị có đồng chí Hoàng Minh Đức, Bí thư Huyện ủy; đồng chí Ngô Thị Hà, Phó Bí thư Thường trực Huyện ủy. | Hoàng Minh Đức; Ngô Thị Hà
					""")
	void chuToaNamesTheChair(String text, String chairs) {
		assertThat(OnlyMeeting.of(Fixtures.body(text)).chairs()).containsExactly(chairs.split("; "));
	}

}
