package vn.newsarchive.admin.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * The identity of an article's text: SHA-256 of the NFC title, a newline and the NFC
 * body, so that the same article typed twice (or in NFD) is one record.
 */
final class ContentHash {

	private ContentHash() {
	}

	static String of(String title, String body) {
		String text = Normalizer.normalize(title, Normalizer.Form.NFC) + "\n"
				+ Normalizer.normalize(body, Normalizer.Form.NFC);
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
