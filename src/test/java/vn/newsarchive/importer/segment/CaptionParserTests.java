package vn.newsarchive.importer.segment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.newsarchive.importer.model.Caption;

import static org.assertj.core.api.Assertions.assertThat;

class CaptionParserTests {

	private final CaptionParser parser = new CaptionParser();

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "null", value = {
			"Toàn cảnh buổi làm việc. (Ảnh: Tuấn Anh)|Toàn cảnh buổi làm việc.|Tuấn Anh",
			"Hội nghị kiểm điểm năm 2019. (Anh: Tuấn Anh)|Hội nghị kiểm điểm năm 2019.|Tuấn Anh",
			"Đồng chí Lê Minh Hưng phát biểu - Ảnh: VGP/Minh Ngọc|Đồng chí Lê Minh Hưng phát biểu|VGP/Minh Ngọc",
			"Đại biểu dự hội nghị. Ảnh: TTXVN|Đại biểu dự hội nghị.|TTXVN",
			"Đoàn Chủ tọa hội nghị của Đảng. Ảnh: Phương Hoa/TTXVN|Đoàn Chủ tọa hội nghị của Đảng.|Phương Hoa/TTXVN",
			"Hội nghị chủ trì từ hội trường Diên Hồng (Ảnh: Minh Châu).|Hội nghị chủ trì từ hội trường Diên Hồng|Minh Châu",
			"Cán bộ làm việc tại trụ sở (Ảnh minh họa)|Cán bộ làm việc tại trụ sở|null",
			"Thủ tướng phát biểu – Ảnh: VGP|Thủ tướng phát biểu|VGP",
			// no colon after the label: a full name after a sentence
			"Các đại biểu dự Lễ kỷ niệm. Ảnh Phạm Hưng|Các đại biểu dự Lễ kỷ niệm.|Phạm Hưng",
			"Tân Bí thư Tỉnh ủy phát biểu tại hội nghị - ảnh Ngọc Vũ|Tân Bí thư Tỉnh ủy phát biểu tại hội nghị|Ngọc Vũ",
			// numbered images: the label alone, or after the image's alt text
			"ảnh 2: Quang cảnh hội nghị|Quang cảnh hội nghị|null",
			"Đoàn kiểm tra làm việc với Đảng đoàn Quốc hội - ảnh 1 Toàn cảnh cuộc làm việc|Toàn cảnh cuộc làm việc|null",
			// a table cell's bar after the credit
			"'Toàn cảnh hội đàm. Ảnh: Trí Dũng - TTXVN |'|Toàn cảnh hội đàm.|Trí Dũng/TTXVN",
			// the credit word in capitals right after the caption, without punctuation
			"Bộ trưởng dự buổi làm việc với Ban Thường vụ Tỉnh ủy ẢNH: TTXVN|Bộ trưởng dự buổi làm việc với Ban Thường vụ Tỉnh ủy|TTXVN",
			// a lower-case credit word, and an institution as the credit
			"Đại biểu biểu quyết thông qua nghị quyết (ảnh: Trung tâm báo chí Đại hội XIII của Đảng)|Đại biểu biểu quyết thông qua nghị quyết|Trung tâm báo chí Đại hội XIII của Đảng",
			// an underscore before the credit
			"Chủ tịch Quốc hội thăm khu vực bỏ phiếu_Ảnh: TTXVN|Chủ tịch Quốc hội thăm khu vực bỏ phiếu|TTXVN",
			// the image's alt text (the headline, then ảnh 1) glued before the caption
			"Tỉnh ủy tổng kết công tác năm - ảnh 1Bí thư Tỉnh ủy phát biểu. Ảnh: vov.vn|Bí thư Tỉnh ủy phát biểu.|vov.vn",
			// photographer and agency joined by a dash instead of a slash
			"Tổng Bí thư phát biểu tại buổi làm việc. Ảnh: Minh Đức -TTXVN|Tổng Bí thư phát biểu tại buổi làm việc.|Minh Đức/TTXVN" })
	void readsTheCaptionAndItsCredit(String line, String text, String credit) {
		assertThat(this.parser.parse(line)).contains(new Caption(text, credit));
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "Anh là người đầu tiên làm việc này.", "Đây là kết quả đáng mừng. Ảnh hưởng của Nghị quyết",
					"Hội nghị đã thành công. Ảnh Hồ Chí Minh được treo trang trọng tại hội trường.",
					"Bộ Ngoại giao đã tổ chức Hội nghị (Ảnh hưởng).", "Ông nói: Anh: một chữ", "(Ảnh: Tuấn Anh)",
					"Họ bàn về việc giữ gìn ảnh: một ký ức chung của gia đình" })
	void ignoresLinesWithoutACredit(String line) {
		assertThat(this.parser.parse(line)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "VGP/Minh Ngọc|Minh Ngọc|VGP", "Phương Hoa/TTXVN|Phương Hoa|TTXVN",
			"Tuấn Anh|Tuấn Anh|''", "TTXVN|''|TTXVN" })
	void splitsCreditsIntoPeopleAndAgencies(String credit, String person, String agency) {
		PhotoCredit parsed = PhotoCredit.parse(credit);
		assertThat(String.join(",", parsed.people())).isEqualTo(person);
		assertThat(String.join(",", parsed.agencies())).isEqualTo(agency);
	}

}
