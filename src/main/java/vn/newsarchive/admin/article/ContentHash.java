package vn.newsarchive.admin.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;

/**
 * The identity of an article's text: SHA-256 of the NFC title and paragraphs, each
 * followed by a newline. The same formula as the importer's (ArticlePipeline), so an
 * article typed by an editor and the same story imported from a file are one record.
 */
public final class ContentHash {

	private ContentHash() {
	}

	public static String of(String title, List<String> paragraphs) {
		StringBuilder text = new StringBuilder(nfc(title)).append('\n');
		paragraphs.forEach((paragraph) -> text.append(nfc(paragraph)).append('\n'));
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(text.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	private static String nfc(String text) {
		return (text != null) ? Normalizer.normalize(text, Normalizer.Form.NFC) : "";
	}

}
