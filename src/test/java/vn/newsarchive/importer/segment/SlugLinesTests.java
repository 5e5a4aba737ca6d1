package vn.newsarchive.importer.segment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SlugLinesTests {

	@ParameterizedTest
	@ValueSource(strings = { "truong ban dan van trung uong truong thi mai lam viec tai bo ngoai giao",
			"De nghi Bo Chinh tri khai tru khoi Dang doi voi 1 truong hop", "hoi nghi trung uong 10 khoa XII" })
	void recognisesVietnameseWithoutDiacritics(String line) {
		assertThat(SlugLines.isSlugLine(line)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Google News", "Follow us on Twitter and Facebook for the latest news",
			"Trưởng ban Dân vận Trung ương Trương Thị Mai làm việc", "TTXVN/Vietnam+", "Tin cùng chuyên mục",
			"ban dan van" })
	void rejectsOtherLines(String line) {
		assertThat(SlugLines.isSlugLine(line)).isFalse();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"truong ban dan van trung uong truong thi mai lam viec tai bo ngoai giao Đoàn kiểm tra của Bộ Chính trị|Đoàn kiểm tra của Bộ Chính trị",
			"truong ban dan van trung uong lam viec Bộ Ngoại giao giới thiệu nhân sự|Bộ Ngoại giao giới thiệu nhân sự" })
	void findsATitleGluedAfterASlug(String line, String glued) {
		assertThat(line.substring(SlugLines.gluedTextStart(line))).isEqualTo(glued);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Đoàn kiểm tra của Bộ Chính trị làm việc", "truong ban dan van trung uong",
			"cho cac co quan Bo Ngoai giao" })
	void findsNoGluedTitleElsewhere(String line) {
		assertThat(SlugLines.gluedTextStart(line)).isNegative();
	}

}
