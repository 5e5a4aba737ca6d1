package vn.newsarchive.importer.document;

import java.util.Locale;

/**
 * Central Committee terms are written "khóa XII" or "khoá 12"; the archive keeps the
 * Roman form.
 */
public final class RomanNumeral {

	private static final int[] VALUES = { 50, 40, 10, 9, 5, 4, 1 };

	private static final String[] SYMBOLS = { "L", "XL", "X", "IX", "V", "IV", "I" };

	private RomanNumeral() {
	}

	/** "12" and "xii" both give "XII". */
	public static String of(String numeral) {
		if (!numeral.chars().allMatch(Character::isDigit)) {
			return numeral.toUpperCase(Locale.ROOT);
		}
		int n = Integer.parseInt(numeral);
		StringBuilder roman = new StringBuilder();
		for (int i = 0; i < VALUES.length; i++) {
			while (n >= VALUES[i]) {
				roman.append(SYMBOLS[i]);
				n -= VALUES[i];
			}
		}
		return roman.toString();
	}

}
