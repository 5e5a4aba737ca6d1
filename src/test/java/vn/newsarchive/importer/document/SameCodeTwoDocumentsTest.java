package vn.newsarchive.importer.document;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.newsarchive.importer.Fixtures;
import vn.newsarchive.importer.text.ArticleText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One code, two documents in one article: numbers restart each term, so dates in other
 * terms or years mean another document; a mention that says neither joins the latest.
 */
class SameCodeTwoDocumentsTest {

	private final DocumentExtractor extractor = new DocumentExtractor();

	private List<String> found(String... paragraphs) {
		return this.extractor.extract(ArticleText.of(Fixtures.body(paragraphs)))
			.stream()
			.map((c) -> c.document().code() + " " + c.document().date() + " " + c.document().term() + " "
					+ c.passages())
			.toList();
	}

	@Test
	void anOldAndANewDocumentWithOneCodeStayTwo() {
		assertThat(found("Những điểm mới của Chỉ thị số 45-CT/TW của Bộ Chính trị",
				"Sau khi tổng kết Chỉ thị số 45- CT/TW, ngày 20/6/2019 ở các cấp, ngày 14/4/2025 vừa qua, "
						+ "Bộ Chính trị đã ban hành Chỉ thị số 45-CT/ TW về đại hội đảng bộ các cấp.",
				"Chỉ thị số 45-CT/TW yêu cầu các cấp ủy chuẩn bị tốt nhân sự."))
			.containsExactly("45-CT/TW 2025-04-14 null [0, 1, 2]", "45-CT/TW 2019-06-20 null [1]");
	}

	@Test
	void aTermAndADateInAnotherTermAreTwoDocuments() {
		assertThat(found("Nghị quyết số 26-NQ/TW (khóa X) về nông nghiệp, nông dân, nông thôn",
				"Nghị quyết số 26-NQ/TW ngày 19/5/2018 về đội ngũ cán bộ"))
			.containsExactly("26-NQ/TW null X [0]", "26-NQ/TW 2018-05-19 null [1]");
	}

	@Test
	void theSameCodeInTheSameYearOrUndatedIsOneDocument() {
		assertThat(found("Quy định số 22-QĐ/TW ngày 28/7/2021 về kiểm tra",
				"thực hiện Quy định số 22-QĐ/TW (khóa XIII), Quy định số 22-QĐ/TW và Quy định 22"))
			.containsExactly("22-QĐ/TW 2021-07-28 XIII [0, 1]");
	}

	@Test
	void aShortReferenceWithADateJoinsTheDocumentOfThatDate() {
		assertThat(found("Chỉ thị số 45-CT/TW ngày 20/6/2019 và Chỉ thị số 45-CT/TW ngày 14/4/2025",
				"so với Chỉ thị 45 ngày 20/6/2019, nay"))
			.containsExactly("45-CT/TW 2019-06-20 null [0, 1]", "45-CT/TW 2025-04-14 null [0]");
	}

}
