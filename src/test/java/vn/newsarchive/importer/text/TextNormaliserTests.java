package vn.newsarchive.importer.text;

import java.text.Normalizer;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormaliserTests {

	private final TextNormaliser normaliser = new TextNormaliser();

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "ÐẢNG ỦY|ĐẢNG ỦY", "ðồng chí|đồng chí", "a\u00A0\u00A0b|a b", "a\u2009b\u202Fc|a b c",
					"Tr\u200Bương|Trương", "a\tb|a b", "  thụt   lề  |thụt lề", "\uFEFFTGVN.|TGVN.",
					"“trích dẫn”|“trích dẫn”", "hòa|hòa",
					// a final consonant cluster is no syllable: a stray space split the
					// word
					"Bí thư Thà nh ủy|Bí thư Thành ủy", "Ban Chấp hà nh Đảng bộ|Ban Chấp hành Đảng bộ",
					"Phó Chủ tị ch UBND|Phó Chủ tịch UBND", "trườ ng học|trường học", "Thà NH ủy|Thà NH ủy",
					"Sở GD nh|Sở GD nh" })
	void cleansOneLine(String raw, String clean) {
		assertThat(this.normaliser.normalise(raw)).isEqualTo(clean);
	}

	@Test
	void composesDecomposedText() {
		String nfd = Normalizer.normalize("Trương Thị Mai", Normalizer.Form.NFD);
		assertThat(this.normaliser.normalise(nfd)).isEqualTo("Trương Thị Mai");
	}

	@Test
	void normalisesLineEndsAndBlankLines() {
		assertThat(this.normaliser.normalise("\r\n\r\nTiêu đề\r\n \r\n\r\n\r\nĐoạn một.\rĐoạn hai.\n\n"))
			.isEqualTo("Tiêu đề\n\nĐoạn một.\nĐoạn hai.");
	}

	/**
	 * The scan that rejoins split syllables gives what the pattern it replaced gave (a
	 * look-behind tried at every position, a third of the extraction's time), on strings
	 * built from the characters that matter: vowels with and without tone marks, the
	 * clusters' letters, capitals, digits, a combining mark, a letter outside the BMP,
	 * punctuation and spaces.
	 */
	@Test
	void rejoinsSplitSyllablesAsThePatternDid() {
		Pattern pattern = Pattern.compile(
				"(?<=\\p{L})([aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]) (nh|ng|ch)(?![\\p{L}\\p{M}\\d])");
		String[] pieces = { "a", "à", "ờ", "y", "T", "h", "n", "g", "c", " ", " ", " nh", " ng", " ch", "1", "\u0301",
				",", ".", "x", "\uD835\uDC00", "Đ", "ư" };
		Random random = new Random(17);
		for (int sample = 0; sample < 200_000; sample++) {
			StringBuilder text = new StringBuilder();
			int length = 1 + random.nextInt(12);
			for (int k = 0; k < length; k++) {
				text.append(pieces[random.nextInt(pieces.length)]);
			}
			String raw = text.toString();
			assertThat(TextNormaliser.rejoinSplitSyllables(raw)).as(raw)
				.isEqualTo(pattern.matcher(raw).replaceAll("$1$2"));
		}
	}

	/**
	 * The second composition runs only when an invisible character was removed: whatever
	 * else the normaliser drops or maps never brings a letter and a mark together. Its
	 * output is NFC on 100,000 generated texts of letters, marks, spaces of every kind,
	 * invisible characters and line ends.
	 */
	@Test
	void givesNfcWhateverItRemoves() {
		String[] pieces = { "a", "o", "ư", "Đ", "\u00D0", "\u00F0", " ", "  ", "\u00A0", "\u2009", "\t", "\n", "\r",
				"\r\n", "\u2028", "\u0085", "\u200B", "\uFEFF", "\u00AD", "\u0007", "\u0000", "\u0301", "\u0323",
				"\u031B", "\u0302", "\u0306", "nh", "x" };
		Random random = new Random(17);
		for (int n = 0; n < 100_000; n++) {
			StringBuilder text = new StringBuilder();
			int count = 1 + random.nextInt(10);
			for (int p = 0; p < count; p++) {
				text.append(pieces[random.nextInt(pieces.length)]);
			}
			String normalised = this.normaliser.normalise(text.toString());
			assertThat(Normalizer.isNormalized(normalised, Normalizer.Form.NFC)).as(text.toString()).isTrue();
		}
	}

	/** The shortcut for printable ASCII and Vietnamese letters maps as the cases do. */
	@Test
	void mapsEveryCharacterAsItsCases() {
		for (int c = 0; c <= Character.MAX_VALUE; c++) {
			assertThat(TextNormaliser.map((char) c)).as(Integer.toHexString(c))
				.isEqualTo(TextNormaliser.mapOther((char) c));
		}
	}

}
