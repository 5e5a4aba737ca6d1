package vn.newsarchive.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A title read as a Popolo post: its role and the organisation it names, if any. */
class PostTitleTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			Bộ trưởng Bộ Ngoại giao                   | Bộ trưởng          | Bộ Ngoại giao
			Ủy viên Bộ Chính trị                      | Ủy viên            | Bộ Chính trị
			Phó Thủ tướng Chính phủ                   | Phó Thủ tướng      | Chính phủ
			Trưởng ban Dân vận Trung ương             | Trưởng ban Dân vận Trung ương | -
			Bí thư Ban cán sự đảng Bộ Ngoại giao      | Bí thư             | Ban cán sự đảng Bộ Ngoại giao
			Phó Bí thư Đảng ủy Khối các Cơ quan Trung ương | Phó Bí thư    | Đảng ủy Khối các Cơ quan Trung ương
			Bí thư Trung ương Đảng                    | Bí thư Trung ương Đảng | -
			""")
	void readsTheRoleAndTheOrganisation(String title, String role, String organization) {
		assertThat(PostTitle.of(title)).isEqualTo(new PostTitle(role, organization));
	}

}
