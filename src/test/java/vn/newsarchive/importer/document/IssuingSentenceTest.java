package vn.newsarchive.importer.document;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.newsarchive.importer.Fixtures;
import vn.newsarchive.importer.model.DocumentReference;
import vn.newsarchive.importer.text.ArticleText;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates and terms stated before a document's code, in the sentence that issues it. */
class IssuingSentenceTest {

	private final DocumentExtractor extractor = new DocumentExtractor();

	@ParameterizedTest
	@CsvSource(delimiterString = " ~ ", nullValues = "-",
			textBlock = """
					Ngày 12/3/2021, Ban Chấp hành Trung ương đã ký ban hành Quy định số 15-QĐ/TW về công tác dân vận ~ 15-QĐ/TW ~ 2021-03-12 ~ -
					Ngày 20-10-2017, Ban Chấp hành Đảng bộ tỉnh khóa XIV ban hành Nghị quyết số 07-NQ/TU về giao thông ~ 07-NQ/TU ~ 2017-10-20 ~ -
					Ngày 02/4/2019, Chính phủ ban hành Nghị định số 41/2019/NĐ-CP về quản lý kho bạc ~ 41/2019/NĐ-CP ~ 2019-04-02 ~ -
					Tin mới: ngày 3/8/2023 vừa qua, Bộ Chính trị đã ban hành Chỉ thị số 21-CT/TW về đào tạo ~ 21-CT/TW ~ 2023-08-03 ~ -
					(PV) -Ngày 10 tháng 5 năm 2022, Văn phòng Chính phủ đã ban hành Thông báo số 140/TB-VPCP ~ 140/TB-VPCP ~ 2022-05-10 ~ -
					Ngày 5/1/2022, Tổng Bí thư đã thay mặt Ban Chấp hành Trung ương khóa XIII ký ban hành Quy định số 15-QĐ/TW ~ 15-QĐ/TW ~ 2022-01-05 ~ XIII
					Đồng chí Tổng Bí thư thay mặt Bộ Chính trị (khoá 12) ký Kết luận số 30-KL/TW về tổ chức ~ 30-KL/TW ~ - ~ XII
					VĂN PHÒNG CHÍNH PHỦ | Số: 98/TB-VPCP | Hà Nội, ngày 2 tháng 3 năm 2023 | THÔNG BÁO ~ 98/TB-VPCP ~ 2023-03-02 ~ -
					Ngày 9/7/2024, Bộ Chính trị tổ chức hội nghị quán triệt Chỉ thị số 21-CT/TW về đại hội ~ 21-CT/TW ~ - ~ -
					Ngày 9/7/2024, Tỉnh ủy tổ chức hội nghị. Bộ Chính trị ban hành Chỉ thị số 21-CT/TW về đại hội ~ 21-CT/TW ~ - ~ -
					Số: 98/TB-VPCP | Hà Nội, ngày 2 tháng 3 | THÔNG BÁO ~ 98/TB-VPCP ~ - ~ -
					""")
	void theIssuingSentenceDatesAndTermsTheDocument(String text, String code, LocalDate date, String term) {
		List<DocumentCitation> found = this.extractor.extract(ArticleText.of(Fixtures.body(text)));
		assertThat(found).hasSize(1);
		DocumentReference document = found.get(0).document();
		assertThat(document.code()).isEqualTo(code);
		assertThat(document.date()).isEqualTo(date);
		assertThat(document.term()).isEqualTo(term);
	}

	@Test
	void aDateRightAfterAnEarlierCodeIsThatDocumentsDate() {
		List<DocumentCitation> found = this.extractor.extract(ArticleText.of(Fixtures
			.body("Căn cứ Nghị quyết số 26-NQ/TW, ngày 19/5/2018, Bộ Chính trị ban hành Quy định số 50-QĐ/TW về")));
		assertThat(found).extracting((c) -> c.document().code() + " " + c.document().date())
			.containsExactly("26-NQ/TW 2018-05-19", "50-QĐ/TW null");
	}

	@Test
	void aNumberedReferenceIsDatedByItsIssuingSentenceToo() {
		var stamped = Fixtures.article(null, null, vn.newsarchive.kernel.PartialDate.day(2023, 9, 1, false),
				List.of("Ngày 6/8, Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị số 17 về việc tăng cường"), List.of());
		assertThat(this.extractor.extract(ArticleText.of(stamped))).extracting((c) -> c.document().date())
			.containsExactly(LocalDate.parse("2023-08-06"));
	}

}
