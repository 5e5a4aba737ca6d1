package vn.newsarchive.system;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Trưởng ban Dân vận Trung ương Trương Thị Mai | truong-ban-dan-van-trung-uong-truong-thi-mai
			Đảng bộ Bộ Ngoại giao                        | dang-bo-bo-ngoai-giao
			26-NQ/TW                                     | 26-nq-tw
			Ủy viên / Uỷ viên                            | uy-vien-uy-vien
			!!!                                          | -
			""")
	void foldsVietnameseToReadableAscii(String text, String slug) {
		assertThat(Slugs.of(text)).isEqualTo(slug);
	}

	@ParameterizedTest
	@CsvSource({
			"Gắn kết chặt chẽ xây dựng Đảng với phát triển ngành ngoại giao vững mạnh toàn diện hiện đại chuyên nghiệp" })
	void cutsLongTitlesAtAWordBoundary(String text) {
		String slug = Slugs.of(text);
		assertThat(slug.length()).isLessThanOrEqualTo(80);
		assertThat(slug).startsWith("gan-ket-chat-che").doesNotEndWith("-");
		assertThat(text.toLowerCase()).isNotEqualTo(slug);
	}

}
