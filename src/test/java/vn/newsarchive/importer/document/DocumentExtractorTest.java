package vn.newsarchive.importer.document;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.newsarchive.importer.Entities;
import vn.newsarchive.importer.EntityExtractor;
import vn.newsarchive.importer.Fixtures;
import vn.newsarchive.importer.model.DocumentReference;
import vn.newsarchive.importer.text.ArticleText;
import vn.newsarchive.kernel.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DocumentExtractorTest {

	private final DocumentExtractor extractor = new DocumentExtractor();

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					thực hiện Nghị quyết số 26-NG/TƯ gắn với                       | 26-NQ/TW    | Nghị quyết | -          | -
					Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành       | 18-NQ/TW    | Nghị quyết | 2017-10-25 | -
					Nghị quyết số 06-NQ/TW (ngày 16/7/2011) của Bộ Chính trị (khóa XI) về | 06-NQ/TW | Nghị quyết | 2011-07-16 | XI
					Chỉ thị số 36-CT/TW của Bộ Chính trị khoá 11 về đại hội         | 36-CT/TW    | Chỉ thị    | -          | XI
					Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị            | 35-CT/TW    | Chỉ thị    | 2024-06-14 | -
					Kết luận 121-KL/TW ngày 24/1/2025 của Ban Chấp hành            | 121-KL/TW   | Kết luận   | 2025-01-24 | -
					hướng dẫn số 26-HD/BTCTW, ngày 18/10/2019 của Bộ Chính trị      | 26-HD/BTCTW | Hướng dẫn  | 2019-10-18 | -
					Hướng dẫn số 23-HD/ĐUK, ngày 28/11/2019 của Đảng ủy Khối       | 23-HD/ĐUK   | Hướng dẫn  | 2019-11-28 | -
					theo Quy định số 205 - QĐi / TW ngày 23-9-2019 của Bộ Chính trị | 205-QĐi/TW  | Quy định   | 2019-09-23 | -
					tại Quy định số 97-QĐ/TW ngày 7/2/2023 của Bộ Chính trị về      | 97-QĐ/TW    | Quy định   | 2023-02-07 | -
					Quyết định số 209-QĐ/TW ngày 26/11/2019 của Bộ Chính trị        | 209-QĐ/TW   | Quyết định | 2019-11-26 | -
					Quyết định số 977/QĐ-TTg ngày 11.8.2020 của Thủ tướng           | 977/QĐ-TTg  | Quyết định | 2020-08-11 | -
					theo Quyết định 15/2020/QĐ-TTg                                  | 15/2020/QĐ-TTg | Quyết định | -       | -
					Nghị định 30/2020/NĐ-CP về công tác văn thư                     | 30/2020/NĐ-CP | Nghị định | -         | -
					Công văn số 1825-CV/BTCTW, ngày 18-11-2016                      | 1825-CV/BTCTW | Công văn | 2016-11-18 | -
					Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ | 30/2020/NĐ-CP | Nghị định | 2020-03-05 | -
					Quyết định số 2287-QĐNS/TW ngày 3/1/2020 của Bộ Chính trị       | 2287-QĐNS/TW | Quyết định | 2020-01-03 | -
					""")
	void codesAreNormalisedWithDateAndTerm(String text, String code, String kind, LocalDate date, String term) {
		DocumentReference found = only(this.extractor.extract(ArticleText.of(Fixtures.body(text))));
		assertThat(found.code()).isEqualTo(code);
		assertThat(found.kind()).isEqualTo(kind);
		assertThat(found.date()).isEqualTo(date);
		assertThat(found.term()).isEqualTo(term);
	}

	@Test
	void plenumTermAndQuotedTitleAreKept() {
		DocumentReference found = only(this.extractor.extract(ArticleText.of(Fixtures.body(
				"kết quả thực hiện Nghị quyết số 26-NQ/TW ngày 19/5/2018 của Hội nghị Trung ương 7 khóa XII “Tập trung xây dựng đội ngũ cán bộ các cấp” gắn với"))));
		assertThat(found)
			.isEqualTo(new DocumentReference("26-NQ/TW", "Nghị quyết", "26", "TW", LocalDate.parse("2018-05-19"), "XII",
					"Hội nghị Trung ương 7", "Tập trung xây dựng đội ngũ cán bộ các cấp"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					Nghị quyết 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị về “Một số chủ trương chủ động tham gia cách mạng công nghiệp” | Một số chủ trương chủ động tham gia cách mạng công nghiệp
					Nghị quyết số 28-NQ/TW của Ban Chấp hành Trung ương (khóa XI) về “Chiến lược bảo vệ Tổ quốc trong tình hình mới” | Chiến lược bảo vệ Tổ quốc trong tình hình mới
					Kết luận số 100-KL/TW ngày 18/8/2014 của Ban Bí thư “về việc đổi mới công tác dư luận xã hội”, | đổi mới công tác dư luận xã hội
					Nghị quyết số 18-NQ/TW về việc sắp xếp bộ máy, tinh gọn                                     | -
					""")
	void aQuotedTitleIsKeptAfterVeAndWithoutVeViec(String text, String title) {
		assertThat(only(this.extractor.extract(ArticleText.of(Fixtures.body(text)))).title()).isEqualTo(title);
	}

	@Test
	void aPersonnelDecisionKeepsItsOwnTypeAndIsNoResolution() {
		Entities found = new EntityExtractor()
			.extract(Fixtures.body("theo Quyết định số 2287-QĐNS/TW và Quyết định số 2287-QĐ/TW của Bộ Chính trị"));
		assertThat(found.documents()).extracting(DocumentReference::code, DocumentReference::kind)
			.containsExactly(tuple("2287-QĐNS/TW", "Quyết định"), tuple("2287-QĐ/TW", "Quyết định"));
		assertThat(found.resolutions()).extracting(DocumentReference::code).containsExactly("2287-QĐ/TW");
	}

	/**
	 * Session 16's unseen excerpts: a personnel decision's type written with two letters
	 * swapped ("QĐSN" for "QĐNS") is that type, not the kind word's "Quyết định", so no
	 * resolution.
	 */
	@Test
	void aTypeWithSwappedLettersIsTheTypeItsLettersSpell() {
		Entities found = new EntityExtractor()
			.extract(Fixtures.body("Quyết định số 3104- QĐSN/TW ngày 12/5 của Bộ Chính trị điều động ông Lê Văn Tâm"));
		assertThat(found.documents()).extracting(DocumentReference::code).containsExactly("3104-QĐNS/TW");
		assertThat(found.resolutions()).isEmpty();
	}

	@Test
	void shortReferencesResolveToTheFullOne() {
		List<DocumentCitation> found = this.extractor
			.extract(ArticleText.of(Fixtures.body("thực hiện Kết luận 21 tại Bộ Ngoại giao",
					"thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng về đẩy mạnh",
					"Tổng kết Nghị quyết số 18-NQ/TW ngày 25/10/2017; tổng kết Nghị quyết 18, gắn với")));
		assertThat(found).extracting((c) -> c.document().code()).containsExactly("21-KL/TW", "18-NQ/TW");
		assertThat(found.get(0).passages()).containsExactly(0, 1);
	}

	@Test
	void aNumberedDecisionWithoutCodeGetsNoInventedCode() {
		DocumentReference found = only(this.extractor.extract(ArticleText.of(Fixtures.body(
				"hợp nhất Đảng bộ Ngoài nước và Đảng bộ Bộ Ngoại giao theo Quyết định 209 ngày 26/11/2019 của Bộ Chính trị; Tổ chức tốt"))));
		assertThat(found).isEqualTo(new DocumentReference(null, "Quyết định", "209", "Bộ Chính trị",
				LocalDate.parse("2019-11-26"), null, null, null));
	}

	@Test
	void aDateWithoutYearTakesTheYearOfPublicationOrNone() {
		String text = "Nghị quyết số 59-NQ/TW ngày 24/1 về hội nhập quốc tế; Nghị quyết số 72-NQ/TW ngày 9/9 về";
		PartialDate published = PartialDate.day(2025, 9, 16, false);
		var body = Fixtures.body(text);
		var stamped = new vn.newsarchive.importer.model.SegmentedArticle(null, null, published, null, List.of(),
				List.of(), List.of(), List.of(), List.of(text), null);
		assertThat(this.extractor.extract(ArticleText.of(stamped))).extracting((c) -> c.document().date())
			.containsExactly(LocalDate.parse("2025-01-24"), LocalDate.parse("2025-09-09"));
		assertThat(this.extractor.extract(ArticleText.of(body))).extracting((c) -> c.document().date())
			.containsExactly(null, null);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Đoàn kiểm tra số 1914 của Bộ Chính trị do ông Nguyễn Xuân Thắng
			nội dung cụ thể theo Điểm 2, Mục II Kế hoạch số 04 của Bộ Chính trị
			theo tinh thần Nghị quyết Trung ương 4 khóa XII
			thực hiện Nghị quyết Đại hội XIII của Đảng
			trong các ngày 18-11-2016 và nhiệm kỳ 2020-2025
			Ủy ban đã báo cáo Ban Bí thư quyết định 6 trường hợp vi phạm
			xem xét, quyết định 13 đảng viên được khen thưởng
			văn bản này quy định 5 nội dung chủ yếu
			""")
	void delegationsBareNumbersAndNamedDocumentsAreNotCited(String text) {
		assertThat(this.extractor.extract(ArticleText.of(Fixtures.body(text)))).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			thực hiện Chỉ thị 35, 45 của Ban Bí thư                     | Chỉ thị 35, Chỉ thị 45
			quán triệt Nghị quyết 18 và 19 về sắp xếp bộ máy            | Nghị quyết 18, Nghị quyết 19
			các Kết luận số 21, số 22, 23.                              | Kết luận 21, Kết luận 22, Kết luận 23
			sau Nghị quyết 18, 2 cơ quan đã sáp nhập                    | Nghị quyết 18
			thực hiện Nghị quyết 26, 10 năm qua                         | Nghị quyết 26
			theo quyết định số 6 của Ban Bí thư                         | Quyết định 6
			thực hiện nghị quyết 26 của Bộ Chính trị                    | Nghị quyết 26
			""")
	void numbersListedAfterANumberedReferenceAreDocumentsToo(String text, String expected) {
		assertThat(this.extractor.extract(ArticleText.of(Fixtures.body(text))))
			.extracting((c) -> c.document().kind() + " " + c.document().number())
			.containsExactly(expected.split(", "));
	}

	private static DocumentReference only(List<DocumentCitation> citations) {
		assertThat(citations).hasSize(1);
		return citations.get(0).document();
	}

}
