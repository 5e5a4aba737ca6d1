package vn.newsarchive.importer.person;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.newsarchive.importer.Fixtures;
import vn.newsarchive.importer.model.PersonMention;
import vn.newsarchive.importer.text.ArticleText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clan names of the Gia Rai (one or two syllables, written first), the Hmông family names
 * of Sơn La, and the Ê Đê and M'nông clans written last (issue 17, session 17; sources in
 * the lists' headers). Sentences of our own.
 */
class ClanFamilyNamesTest {

	private final PersonExtractor extractor = new PersonExtractor();

	/**
	 * A Gia Rai clan of two syllables is one family name: the name runs on to the given
	 * name, and with a title beside it counts as a name of two syllables would.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Đồng chí Rơ Chăm Hlin, Bí thư Đảng ủy xã phát biểu | Rơ Chăm Hlin
			ông Rơ Mah Tuấn, Chủ tịch UBND xã cho biết | Rơ Mah Tuấn
			bà Rơ Châm Thị Hoa, Phó Bí thư Huyện ủy dự | Rơ Châm Thị Hoa
			Đồng chí Rơ Lan Đức, Phó Chủ tịch UBND huyện báo cáo | Rơ Lan Đức
			ông Rơ Ô Blơi, Bí thư Chi bộ làng phát biểu | Rơ Ô Blơi
			bà Rơ Mô Thị Lan, Chủ tịch Hội Phụ nữ xã cho biết | Rơ Mô Thị Lan
			Đồng chí Ra Lan Chinh, Trưởng Ban Dân vận Huyện ủy dự | Ra Lan Chinh
			Đồng chí Rmah Đuk, Phó Chủ tịch UBND huyện báo cáo | Rmah Đuk
			ông Rchom Blin, Chủ tịch UBND xã cho biết | Rchom Blin
			Đồng chí Rahlan Chinh, Bí thư Chi bộ làng phát biểu | Rahlan Chinh
			bà Alê Thị Hồng, Chủ tịch Hội Phụ nữ xã báo cáo | Alê Thị Hồng
			ông Rô Văn Nhân, Phó Bí thư Đảng ủy xã dự | Rô Văn Nhân
			Đồng chí Rơmah Hyăo, Bí thư Đảng ủy xã chủ trì | Rơmah Hyăo
			""")
	void aGiaRaiClanMakesAPerson(String sentence, String name) {
		assertThat(names(sentence)).containsExactly(name);
	}

	/** Hmông family names that are no word make a person as any family name does. */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Đồng chí Phàng A Dế, Bí thư Đảng ủy xã phát biểu | Phàng A Dế
			ông Sồng A Chù, Phó Chủ tịch UBND huyện cho biết | Sồng A Chù
			Đồng chí Tếnh A Tủa, Bí thư Chi bộ bản phát biểu | Tếnh A Tủa
			bà Lềnh Thị Mỷ, Chủ tịch Hội Phụ nữ xã báo cáo | Lềnh Thị Mỷ
			ông Dừ A Lử, Chủ tịch UBND xã cho biết | Dừ A Lử
			Đồng chí Lụ Văn Chống, Phó Bí thư Huyện ủy dự | Lụ Văn Chống
			ông Plùa A Sinh, Trưởng Công an xã báo cáo | Plùa A Sinh
			""")
	void aHmongFamilyNameMakesAPerson(String sentence, String name) {
		assertThat(names(sentence)).containsExactly(name);
	}

	/**
	 * Three syllables after a plain family name are a person with no title beside them.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Giàng A Páo và Sồng A Chù trao đổi kinh nghiệm nuôi bò | Giàng A Páo | Sồng A Chù
			Gia đình Rơ Chăm Hlin và Rơ Mah Tuấn góp đất làm đường | Rơ Chăm Hlin | Rơ Mah Tuấn
			""")
	void twoNamesWithoutTitles(String sentence, String first, String second) {
		assertThat(names(sentence)).containsExactly(first, second);
	}

	/**
	 * Hmông family names that are also words (family-names-also-words.txt) make a person
	 * with a given-name continuation and a title or an honorific beside it.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			ông Tráng A Tủa, Chủ tịch UBND xã cho biết | Tráng A Tủa
			Đồng chí Ly A Sình, Bí thư Đảng ủy xã phát biểu | Ly A Sình
			ông Má A Vàng, Phó Chủ tịch UBND xã báo cáo | Má A Vàng
			Đồng chí Hờ A Di, Chủ tịch UBND huyện phát biểu | Hờ A Di
			Đồng chí Dế A Của, Bí thư Chi bộ bản phát biểu | Dế A Của
			ông Lậu A Chứ, Chủ tịch UBND xã cho biết | Lậu A Chứ
			bà Lìa Thị Xá, Phó Chủ tịch Hội Nông dân xã dự | Lìa Thị Xá
			""")
	void aWordLikeHmongFamilyNameWithATitleMakesAPerson(String sentence, String name) {
		assertThat(names(sentence)).containsExactly(name);
	}

	/**
	 * The same words opening a phrase, a title or a place, and a two-syllable clan's
	 * first word without the second, make no person.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Mua Sắm Tài Sản Công, Bộ trưởng Bộ Tài chính cho biết.
			Phá Án Thành Công, Giám đốc Công an tỉnh biểu dương lực lượng.
			Kháng Chiến Chống Mỹ, Chủ tịch Hội Cựu chiến binh kể lại.
			Trống Đồng Ngọc Lũ, Giám đốc Bảo tàng giới thiệu.
			Cứ Thế Mà Làm, Bí thư Tỉnh ủy nói.
			Má Ơi Con Về là ca khúc được Chủ tịch Hội Nhạc sĩ giới thiệu.
			Ly Hôn Ở Tuổi Trẻ là vấn đề được Chủ tịch Hội Liên hiệp Phụ nữ nêu.
			Trừ Trường Hợp Đặc Biệt, Chủ tịch UBND tỉnh yêu cầu không gia hạn.
			Dế Mèn Phiêu Lưu Ký được Giám đốc Nhà xuất bản giới thiệu.
			Lậu Thuế Xăng Dầu bị Cục trưởng Cục Thuế nêu tên.
			Lìa Bỏ Thói Quen Cũ là yêu cầu được Bí thư Tỉnh ủy nêu.
			Hờ Hững Với Dân là biểu hiện được Bí thư Tỉnh ủy phê phán.
			Ra Quân Đầu Năm Mới, Chủ tịch UBND xã phát động.
			Rơ Chăm là một trong các dòng họ lớn của người Gia Rai.
			""")
	void theSameWordsWithoutANameMakeNoPerson(String sentence) {
		assertThat(names(sentence)).isEmpty();
	}

	/** Ê Đê clans of three words, and M'nông clans, written after the given name. */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Đồng chí Y Khu Mlô Dun Du, Bí thư Đảng ủy xã phát biểu | Y Khu Mlô Dun Du
			bà H'Loan Niê Siêng, Phó Chủ tịch UBND huyện cho biết | H'Loan Niê Siêng
			ông Y Bhin Buôn Krông, Chủ tịch UBND xã báo cáo | Y Bhin Buôn Krông
			bà H'Jam Kmăn, Chủ tịch Hội Phụ nữ xã cho biết | H'Jam Kmăn
			ông Y Moan Ktul, Phó Bí thư Đảng ủy xã dự | Y Moan Ktul
			bà H'Plơ Knul, Bí thư Chi bộ bon phát biểu | H'Plơ Knul
			Đồng chí Y Krăk Preng, Chủ tịch UBND xã báo cáo | Y Krăk Preng
			ông Y Sơn Kpơr, Trưởng Công an xã cho biết | Y Sơn Kpơr
			""")
	void anEdeOrMnongClanWrittenLastEndsTheName(String sentence, String name) {
		assertThat(names(sentence)).containsExactly(name);
	}

	private List<String> names(String sentence) {
		return this.extractor.extract(ArticleText.of(Fixtures.body(sentence)))
			.stream()
			.map(PersonMention::name)
			.toList();
	}

}
