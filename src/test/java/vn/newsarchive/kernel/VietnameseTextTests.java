package vn.newsarchive.kernel;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseTextTests {

	@ParameterizedTest
	@CsvSource({ "hòa, hoà", "hoà, hoà", "Hòa Bình, Hoà Bình", "khỏe, khoẻ", "thủy, thuỷ", "Ủy ban, Uỷ ban",
			"ỦY BAN, UỶ BAN", "lũy kế, luỹ kế", "họa sĩ, hoạ sĩ", "góa, goá", "thõa, thoã", "hòe, hoè",
			"khóa XII, khoá XII", "tùy, tuỳ", "quý, quý", "hoàng, hoàng", "huỳnh, huỳnh", "mùa, mùa", "của, của",
			"Thủy Tiên, Thuỷ Tiên" })
	void placesTonesTheModernWay(String written, String canonical) {
		assertThat(VietnameseText.normaliseTones(written)).isEqualTo(canonical);
	}

	@ParameterizedTest
	@CsvSource({ "Trương Thị Mai, Truong Thi Mai", "Đảng ủy, Dang uy", "đồng chí, dong chi",
			"Bộ Ngoại giao, Bo Ngoai giao", "Ð, Ð" })
	void foldsDiacriticsAndStrokedD(String text, String folded) {
		assertThat(VietnameseText.fold(text)).isEqualTo(folded);
	}

	@ParameterizedTest
	@CsvSource({
			"'Trưởng ban Dân vận Trung ương Trương Thị Mai làm việc tại Bộ Ngoại giao', truong-ban-dan-van-trung-uong-truong-thi-mai-lam-viec-tai-bo-ngoai-giao",
			"'Nghị quyết 26-NQ/TW: “Tập trung”', nghi-quyet-26-nq-tw-tap-trung", "'  Đảng ủy!  ', dang-uy" })
	void slugsAreAsciiLowerCaseWithHyphens(String text, String slug) {
		assertThat(VietnameseText.slug(text)).isEqualTo(slug);
	}

	@Test
	void personKeyMakesWritingsOfOneNameEqual() {
		String nfd = Normalizer.normalize("Trương  Thị Mai", Normalizer.Form.NFD);
		assertThat(VietnameseText.personKey(nfd)).isEqualTo(VietnameseText.personKey(" TRƯƠNG THỊ MAI "))
			.isEqualTo("trương thị mai");
		assertThat(VietnameseText.personKey("Nguyễn Thị Thủy")).isEqualTo(VietnameseText.personKey("Nguyễn Thị Thuỷ"));
	}

	@Test
	void personKeyKeepsDiacritics() {
		assertThat(VietnameseText.personKey("Lê Minh Hưng")).isNotEqualTo(VietnameseText.personKey("Lê Minh Hùng"));
	}

	@Test
	void countsOnlyLettersThatOnlyVietnameseWrites() {
		assertThat(VietnameseText.countVietnameseLetters("Ủy ban Đảng")).isEqualTo(3);
		assertThat(VietnameseText.countVietnameseLetters("café élève à Noël")).isZero();
	}

	@Test
	void foldedLowerCollapsedIsFoldThenLowerCaseThenCollapsedSpaces() {
		String nfd = Normalizer.normalize("Ủy ban Kiểm tra", Normalizer.Form.NFD);
		for (String text : new String[] { "  Bộ Ngoại giao\u00A0 –  TIN LIÊN QUAN:\n", "ĐẢNG\tCỘNG\u200BSẢN", nfd, "",
				" \u2007 ", "Chỉ thị 35-CT/TW » Xem thêm" }) {
			assertThat(VietnameseText.foldedLowerCollapsed(text)).as(text)
				.isEqualTo(VietnameseText.collapseSpaces(VietnameseText.fold(text).toLowerCase(java.util.Locale.ROOT)));
		}
		assertThat(VietnameseText.foldedLowerCollapsed(" Đồng chí  TRƯƠNG Thị Mai "))
			.isEqualTo("dong chi truong thi mai");
	}

	@Test
	void spacesAreJavaWhitespaceAndTheNonBreakingAndZeroWidthOnes() {
		for (int c = 0; c <= Character.MAX_VALUE; c++) {
			boolean expected = Character.isWhitespace(c) || c == 0xA0 || c == 0x2007 || c == 0x202F || c == 0x200B
					|| c == 0xFEFF;
			assertThat(Spaces.isSpace((char) c)).as(Integer.toHexString(c)).isEqualTo(expected);
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			TRƯỞNG BAN DÂN VẬN TRUNG ƯƠNG LÀM VIỆC | true
			Trưởng ban Dân vận Trung ương làm việc | false
			TRƯƠNG MAI | false
			TIN LIÊN QUAN: Đoàn công tác | false
			BỘ CHÍNH TRỊ KẾT LUẬN VỀ CÔNG TÁC cán bộ | true
			BỘ CHÍNH TRỊ KẾT LUẬN về công tác | false
			""")
	void shoutingIsFourFifthsCapitalsOfTwelveLettersOrMore(String text, boolean shouting) {
		assertThat(VietnameseText.isShouting(text)).isEqualTo(shouting);
	}

	/** The scan stops early on most text: the answer stays the definition's. */
	@Test
	void shoutingAnswersAsItsDefinition() {
		java.util.Random random = new java.util.Random(12);
		String letters = "aĂbĐđƯư ,.1Ê";
		for (int n = 0; n < 50_000; n++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(40);
			for (int i = 0; i < length; i++) {
				text.append(letters.charAt(random.nextInt(letters.length())));
			}
			long lettersSeen = text.chars().filter(Character::isLetter).count();
			long upper = text.chars().filter((c) -> Character.isLetter(c) && Character.isUpperCase(c)).count();
			assertThat(VietnameseText.isShouting(text.toString())).as(text.toString())
				.isEqualTo(lettersSeen >= 12 && upper * 10 >= lettersSeen * 8);
		}
	}

	/**
	 * The shortcut of {@link VietnameseText#nfc}: every text it calls NFC is, by the
	 * JDK's normaliser. Each character below U+0300, a precomposed Vietnamese letter or
	 * punctuation from U+2010 to U+205E alone and every pair of them (composition needs a
	 * second character that can combine, so longer texts add nothing); and it declines a
	 * mark or a letter outside.
	 */
	@Test
	void textPlainlyInNfcIsNfc() {
		StringBuilder plain = new StringBuilder();
		for (int c = 0; c <= Character.MAX_VALUE; c++) {
			String one = String.valueOf((char) c);
			if (VietnameseText.isPlainlyNfc(one)) {
				assertThat(Normalizer.isNormalized(one, Normalizer.Form.NFC)).as(Integer.toHexString(c)).isTrue();
				plain.append((char) c);
			}
		}
		assertThat(plain).hasSize(0x300 + 0x5A + 0x4F);
		List<String> notNfc = new ArrayList<>();
		for (int i = 0; i < plain.length(); i++) {
			for (int j = 0; j < plain.length(); j++) {
				String two = "" + plain.charAt(i) + plain.charAt(j);
				if (!Normalizer.isNormalized(two, Normalizer.Form.NFC)) {
					notNfc.add(two);
				}
			}
		}
		assertThat(notNfc).isEmpty();
		assertThat(VietnameseText.isPlainlyNfc("Trương Thị Mai, Ủy viên")).isTrue();
		assertThat(VietnameseText.isPlainlyNfc("“Đổi mới” – 1986…")).isTrue();
		assertThat(VietnameseText.isPlainlyNfc("\u2001")).isFalse();
		assertThat(VietnameseText.isPlainlyNfc("Tru\u031Bo\u031Bng")).isFalse();
		assertThat(VietnameseText.nfc("Tru\u031Bo\u031Bng")).isEqualTo("Trương");
	}

}
