package vn.newsarchive.importer.decode;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns bytes into characters: a byte-order mark decides first; else NUL bytes in
 * alternate positions mean UTF-16; else strict UTF-8; else UTF-8 with its broken
 * sequences replaced, or Windows-1258, the legacy Vietnamese code page (it writes tones
 * as combining marks, which the normaliser composes), whichever scores better as
 * Vietnamese ({@link VietnameseScore}).
 */
final class EncodingDetector {

	static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

	private static final int SAMPLE = 8192;

	private EncodingDetector() {
	}

	/** The text, or empty when the bytes look binary rather than text in any encoding. */
	static Optional<String> decode(byte[] bytes) {
		int length = bytes.length;
		if (length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
			return Optional.of(new String(bytes, 3, length - 3, StandardCharsets.UTF_8));
		}
		if (length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
			return Optional.of(new String(bytes, 2, length - 2, StandardCharsets.UTF_16BE));
		}
		if (length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
			return Optional.of(new String(bytes, 2, length - 2, StandardCharsets.UTF_16LE));
		}
		Charset utf16 = utf16WithoutBom(bytes);
		if (utf16 != null) {
			return Optional.of(new String(bytes, utf16));
		}
		if (looksBinary(bytes)) {
			return Optional.empty();
		}
		// broken sequences become U+FFFD: without one the bytes were valid UTF-8, and the
		// strict decoder would give the same text (its buffers and loop were 2 % of the
		// extraction's time)
		String utf8 = new String(bytes, StandardCharsets.UTF_8);
		if (utf8.indexOf('\uFFFD') < 0) {
			return Optional.of(utf8);
		}
		return Optional.of(strictOrBest(bytes, utf8));
	}

	/**
	 * Strict UTF-8, or else the better read of the two, {@code utf8} (broken sequences
	 * replaced) or Windows-1258.
	 */
	static String strictOrBest(byte[] bytes, String utf8) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			// Not valid UTF-8: a UTF-8 file with a broken or cut sequence (only that
			// sequence is replaced), or a legacy file; whichever reads better as
			// Vietnamese. A cut last character once imported a whole article as mojibake.
			String legacy = new String(bytes, WINDOWS_1258);
			return (VietnameseScore.of(legacy) > VietnameseScore.of(utf8)) ? legacy : utf8;
		}
	}

	/** UTF-16 text without a BOM has NULs as the high byte of every ASCII character. */
	private static Charset utf16WithoutBom(byte[] bytes) {
		int sample = Math.min(bytes.length, SAMPLE) & ~1;
		if (sample < 4) {
			return null;
		}
		int evenNuls = 0;
		int oddNuls = 0;
		for (int i = 0; i < sample; i += 2) {
			if (bytes[i] == 0) {
				evenNuls++;
			}
			if (bytes[i + 1] == 0) {
				oddNuls++;
			}
		}
		int pairs = sample / 2;
		if (oddNuls * 10 >= pairs * 3 && evenNuls * 10 < pairs) {
			return StandardCharsets.UTF_16LE;
		}
		if (evenNuls * 10 >= pairs * 3 && oddNuls * 10 < pairs) {
			return StandardCharsets.UTF_16BE;
		}
		return null;
	}

	/**
	 * NULs, or more than 1% control bytes other than tab, line feed, form feed and
	 * return.
	 */
	private static boolean looksBinary(byte[] bytes) {
		int sample = Math.min(bytes.length, SAMPLE * 4);
		int controls = 0;
		for (int i = 0; i < sample; i++) {
			int b = bytes[i] & 0xFF;
			if (b == 0) {
				return true;
			}
			if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
				controls++;
			}
		}
		return controls * 100 > sample;
	}

}
