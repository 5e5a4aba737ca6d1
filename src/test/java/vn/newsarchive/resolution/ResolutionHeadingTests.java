package vn.newsarchive.resolution;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Headings never repeat the kind; issuers are spelled out (issue 18.2). */
class ResolutionHeadingTests {

	@ParameterizedTest
	@CsvSource(nullValues = "-", value = { "Kết luận, 21, 21-KL/TW, Kết luận 21-KL/TW", "Kết luận, 21, -, Kết luận 21",
			"Quy định, 37, -, Quy định 37", "Quyết định, 209, -, Quyết định 209", "Nghị quyết, -, -, Nghị quyết" })
	void heading(String kind, String number, String code, String heading) {
		assertThat(new Resolution(kind, null, number, null, code).getHeading()).isEqualTo(heading);
	}

	@ParameterizedTest
	@CsvSource(nullValues = "-",
			value = { "TW, Ban Chấp hành Trung ương", "BTCTW, Ban Tổ chức Trung ương", "btctw, Ban Tổ chức Trung ương",
					"UBKTTW, Ủy ban Kiểm tra Trung ương", "VPTW, Văn phòng Trung ương Đảng", "ĐUK, Đảng ủy Khối",
					"BS/UBKTTU, BS/UBKTTU", "-, -" })
	void issuerSpelledOut(String issuer, String name) {
		assertThat(IssuerNames.of(issuer)).isEqualTo(name);
		assertThat(new Resolution("Kết luận", "KL", "21", issuer, null).getIssuerName()).isEqualTo(name);
	}

}
