package vn.newsarchive.importer.person;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The names' scans answer from their own table: every one of the 65,536 characters is
 * classed as {@link Character} classes it.
 */
class WordsCharactersTest {

	@Test
	void classesEveryCharacterAsCharacterDoes() {
		for (int i = 0; i <= Character.MAX_VALUE; i++) {
			char c = (char) i;
			boolean mark = Character.getType(c) == Character.NON_SPACING_MARK;
			assertThat(Words.isUpperCase(c)).as(Integer.toHexString(i)).isEqualTo(Character.isUpperCase(c));
			assertThat(Words.isLowerCaseOrMark(c)).as(Integer.toHexString(i))
				.isEqualTo(Character.isLowerCase(c) || mark);
			assertThat(Words.isWordChar(c)).as(Integer.toHexString(i)).isEqualTo(Character.isLetterOrDigit(c) || mark);
		}
	}

}
