package vn.newsarchive.importer.segment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Source tags before the lede, including outlets the agency list does not know. */
class SourceTagsTests {

	private final SourceTags sources = new SourceTags(WordLists.defaults());

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "(TTXVN) - Chiều 6/11, Bộ Chính trị họp.|TTXVN|Chiều 6/11, Bộ Chính trị họp.",
			// a local outlet's short name in parentheses, with or without a space before
			// the dash
			"(QBĐT) - Ngày 7/4, Tỉnh ủy tổ chức hội nghị.|QBĐT|Ngày 7/4, Tỉnh ủy tổ chức hội nghị.",
			"(TUAG)- Ngày 14/4, Bộ Chính trị ban hành chỉ thị.|TUAG|Ngày 14/4, Bộ Chính trị ban hành chỉ thị.",
			"(VOV5) -  Chính phủ bắt tay ngay vào công việc.|VOV5|Chính phủ bắt tay ngay vào công việc.",
			"(VTC News) - Sáng 8/10, Hội nghị Trung ương bế mạc.|VTC News|Sáng 8/10, Hội nghị Trung ương bế mạc.",
			// an outlet's short name in capitals, or its domain, then a dash
			"ANTD.VN - Sáng nay, Tổng Bí thư tiếp xúc cử tri.|ANTD.VN|Sáng nay, Tổng Bí thư tiếp xúc cử tri.",
			"CTTĐT - Ngày 6/8, Ban Thường vụ Tỉnh ủy ban hành chỉ thị.|CTTĐT|Ngày 6/8, Ban Thường vụ Tỉnh ủy ban hành chỉ thị.",
			"TCCS - Cuộc bầu cử sắp tới sẽ lựa chọn đại biểu.|TCCS|Cuộc bầu cử sắp tới sẽ lựa chọn đại biểu.",
			// no dash after the parentheses; an ampersand inside the abbreviation
			"(CAO) Trong phiên họp chiều 23-4, Ủy ban Kiểm tra Trung ương đã xem xét.|CAO|Trong phiên họp chiều 23-4, Ủy ban Kiểm tra Trung ương đã xem xét.",
			"GD&TĐ - Từ ngày 3 đến 6/12, Ủy ban Kiểm tra Trung ương họp.|GD&TĐ|Từ ngày 3 đến 6/12, Ủy ban Kiểm tra Trung ương họp.",
			// an outlet named by its web address
			"(Baonghean.vn) - Sáng 6/1, Tỉnh ủy tổ chức hội nghị.|Baonghean.vn|Sáng 6/1, Tỉnh ủy tổ chức hội nghị.",
			// a lede that opens with a quotation
			"TP - “Đẩy mạnh xây dựng Đảng”, Thường trực Ban Bí thư phát biểu.|TP|“Đẩy mạnh xây dựng Đảng”, Thường trực Ban Bí thư phát biểu." })
	void aTagBeforeTheLedeIsTheSource(String paragraph, String source, String rest) {
		SourceTags.Glued glued = this.sources.gluedSource(paragraph);
		assertThat(glued).isNotNull();
		assertThat(glued.source()).isEqualTo(source);
		assertThat(glued.rest()).isEqualTo(rest);
	}

	@ParameterizedTest
	@ValueSource(strings = { "HUẾ - Chiều 6/11, Tỉnh ủy họp.", "TP.HCM - Sáng 5/3, Thành ủy họp.",
			"(1) - Nâng cao chất lượng đội ngũ cán bộ.", "(Trích) - Quốc hội bầu Chủ tịch nước.",
			"Phó Thủ tướng - Bộ trưởng phát biểu tại hội nghị.", "(Ảnh: Tuấn Anh) - Toàn cảnh hội nghị." })
	void placesNumbersAndWordsAreNoSource(String paragraph) {
		assertThat(this.sources.gluedSource(paragraph)).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "(VTC News) -|VTC News", "(QBĐT) -|QBĐT", "(TTXVN/Vietnam+)|TTXVN/Vietnam+",
			"Nguồn tin: VOV1|VOV1", "TTXVN/Báo Tin tức|TTXVN/Báo Tin tức",
			// the photographer or author named before the outlet is not the
			// source
			"Nguồn: Nguyễn Hoàng/chinhphu.vn|chinhphu.vn",
			// an outlet followed by its page's address, an outlet by its web address
			"Nguồn GD&TĐ: http://giaoducthoidai.vn/tin-tuc-123.html|GD&TĐ", "Nguồn www.chinhphu.vn|chinhphu.vn" })
	void aLineThatIsOnlyATagIsTheSource(String line, String source) {
		assertThat(this.sources.sourceLine(line)).isEqualTo(source);
	}

}
