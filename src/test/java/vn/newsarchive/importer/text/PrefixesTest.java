package vn.newsarchive.importer.text;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prefixes compare as a {@code CASE_INSENSITIVE | UNICODE_CASE} pattern does, with ASCII
 * folded by ranges.
 */
class PrefixesTest {

	@Test
	void foldsEveryCharacterAsThePatternDoes() {
		for (int i = 0; i <= Character.MAX_VALUE; i++) {
			char c = (char) i;
			assertThat(Prefixes.fold(c)).as(Integer.toHexString(i))
				.isEqualTo(Character.toLowerCase(Character.toUpperCase(c)));
		}
	}

	@Test
	void aSpaceStandsForARunOfSpaces() {
		Prefixes prefixes = Prefixes.eitherCase(List.of("kiểm điểm"));
		assertThat(prefixes.at("x KIỂM \t\nđiểm", 2)).isTrue();
		assertThat(prefixes.at("x \u212Aiểm điểm", 2)).isTrue();
		assertThat(prefixes.at("x kiểmđiểm", 2)).isFalse();
		assertThat(prefixes.at("x kiểm\u00A0điểm", 2)).isFalse();
		assertThat(Prefixes.asWritten(List.of("Đó là")).at("đó là", 0)).isFalse();
	}

}
