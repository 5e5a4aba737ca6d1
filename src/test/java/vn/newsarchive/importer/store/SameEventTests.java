package vn.newsarchive.importer.store;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.newsarchive.importer.model.MeetingReport;
import vn.newsarchive.kernel.PartialDate;
import vn.newsarchive.meeting.Meeting;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether a report is a meeting already stored (issue 18.4); kind and day are equal. */
class SameEventTests {

	@ParameterizedTest(name = "[{index}] {0}/{1}/{2} vs {3}/{4}/{5} → {6}")
	@CsvSource(nullValues = "-", textBlock = """
			Ban cán sự đảng Bộ Ngoại giao, -, -,      Ban Cán sự Đảng Bộ Ngoại giao, -, -, true
			Ban cán sự đảng Bộ Ngoại giao, -, -,      Ban cán sự đảng Bộ Công Thương, -, -, false
			-, Đoàn Kiểm tra số 1477, 1477,           -, Đoàn kiểm tra số 1477 của Ban Bí thư, 1477, true
			-, Đoàn Kiểm tra số 1477, 1477,           -, Đoàn Kiểm tra số 1478, 1478, false
			Ban cán sự đảng Bộ Ngoại giao, -, 1477,   Ban cán sự đảng Bộ Ngoại giao, -, 1150, false
			-, Đoàn công tác của Bộ Chính trị, -,     -, Đoàn công tác của Bộ Chính trị, -, true
			-, -, -,                                  -, -, -, false
			""")
	void sameEvent(String organizer, String delegation, String number, String otherOrganizer, String otherDelegation,
			String otherNumber, boolean same) {
		Meeting stored = new Meeting(null, "Buổi làm việc", null);
		stored.setOrganizer(organizer);
		stored.setDelegation(delegation);
		stored.setDelegationNumber(number);
		MeetingReport report = new MeetingReport("Buổi làm việc", null, PartialDate.day(2024, 9, 4, false), null,
				otherOrganizer, otherDelegation, otherNumber, List.of(), List.of(), List.of());
		assertThat(SameEvent.same(stored, report)).isEqualTo(same);
	}

}
