package vn.newsarchive.kernel;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keys from the letters' tables are the definition's: every character alone and every
 * pair of the letters in the tables, and generated texts of letters in NFC and NFD, both
 * tone placements, mixed case, punctuation, spaces and characters the tables leave to the
 * definition.
 */
class ToneKeysTest {

	private static final List<String> PIECES = List.of("Hoà", "hòa", "HOÀ", "Thuỷ", "thủy", "Nguyễn", "NGUYỄN", "Ủy",
			"uỷ", "Đắk", "đăk", "Lắk", "Trương", "trươ", "ng", "Bùi", "Thị", " ", "  ", "\u00A0", "\n", "-", ".", ",",
			"(", "“", "”", "–", "1", "2023", "İ", "\u0301", "\u0323", "ß", "Ω", "Ǆ", "ǅ", "A", "z",
			"Tru\u031Bo\u031Bng", Normalizer.normalize("Phạm Minh Chính", Normalizer.Form.NFD), "Y Thanh Hà Niê Kđăm",
			"Ê Đê");

	@Test
	void everyLetterAloneAndInPairsKeysAsTheDefinition() {
		List<Character> letters = new ArrayList<>();
		for (char c = '\u00C0'; c <= '\u1EFF'; c++) {
			String one = String.valueOf(c);
			String fast = ToneKeys.fromTables(one);
			// a key is built from cleaned text (NFC: the Greek question mark is a ';')
			if (fast != null && VietnameseText.clean(one).equals(one)) {
				assertThat(fast).as(Integer.toHexString(c)).isEqualTo(ToneKeys.byDefinition(one));
				letters.add(c);
			}
		}
		// the Latin letters, Vietnamese ones among them, are in the tables
		assertThat(letters).hasSizeGreaterThan(500).contains('ạ', 'Ạ', 'ư', 'Ư', 'đ', 'Đ', 'ỹ', 'Ỹ', 'à', 'ý');
		for (char a : letters) {
			for (char b : letters) {
				String two = "" + a + b;
				assertThat(ToneKeys.fromTables(two)).as(two).isEqualTo(ToneKeys.byDefinition(two));
			}
		}
	}

	@Test
	void generatedTextsKeyAsTheDefinition() {
		Random random = new Random(17);
		int fromTables = 0;
		for (int n = 0; n < 50_000; n++) {
			StringBuilder text = new StringBuilder();
			for (int p = 1 + random.nextInt(8); p > 0; p--) {
				text.append(PIECES.get(random.nextInt(PIECES.size())));
			}
			String cleaned = VietnameseText.clean(text.toString());
			assertThat(VietnameseText.key(text.toString())).as(text.toString())
				.isEqualTo(ToneKeys.byDefinition(cleaned));
			fromTables += (ToneKeys.fromTables(cleaned) != null) ? 1 : 0;
		}
		// both ways were taken
		assertThat(fromTables).isBetween(5_000, 45_000);
	}

	@Test
	void keysIgnoreTonePlacementAndCase() {
		assertThat(VietnameseText.key("Hòa Bình")).isEqualTo(VietnameseText.key("HOÀ  bình")).isEqualTo("hoa#0 binh#0");
		assertThat(VietnameseText.key("Thủy")).isEqualTo(VietnameseText.key("Thuỷ"));
	}

}
