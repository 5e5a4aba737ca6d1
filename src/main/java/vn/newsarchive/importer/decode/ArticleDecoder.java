package vn.newsarchive.importer.decode;

import java.util.Optional;

import vn.newsarchive.importer.decode.UnreadableArticleException.Reason;
import vn.newsarchive.kernel.VietnameseText;

/**
 * Bytes of a scraped file to text: detects the encoding (UTF-8 with or without BOM,
 * UTF-16, Windows-1258), extracts the body text of saved web pages, and rejects what is
 * not a Vietnamese article with a message that names the file and the problem.
 */
public final class ArticleDecoder implements Decoder {

	/** Scraped articles are tens of kilobytes; anything this big is not one article. */
	public static final int MAX_BYTES = 5 * 1024 * 1024;

	@Override
	public String decode(byte[] bytes, String fileName) throws UnreadableArticleException {
		String name = (fileName != null) ? fileName : "(unnamed)";
		if (bytes == null || bytes.length == 0) {
			throw new UnreadableArticleException(Reason.EMPTY, name + ": empty file");
		}
		if (bytes.length > MAX_BYTES) {
			throw new UnreadableArticleException(Reason.TOO_LARGE,
					name + ": too large, " + bytes.length + " bytes; the limit is " + MAX_BYTES + " bytes (5 MB)",
					String.valueOf(bytes.length), String.valueOf(MAX_BYTES));
		}
		Optional<String> decoded = EncodingDetector.decode(bytes);
		if (decoded.isEmpty()) {
			throw new UnreadableArticleException(Reason.BINARY,
					name + ": binary content (NUL or control bytes), not text");
		}
		String text = VietnameseText.nfc(decoded.get());
		if (text.isBlank()) {
			throw new UnreadableArticleException(Reason.EMPTY, name + ": empty file (only white space)");
		}
		if (HtmlTextExtractor.looksLikeHtml(text, fileName)) {
			text = VietnameseText.nfc(HtmlTextExtractor.extract(text));
			if (text.isBlank()) {
				throw new UnreadableArticleException(Reason.NO_BODY, name + ": no body found in the HTML page");
			}
		}
		if (!isVietnamese(text)) {
			throw new UnreadableArticleException(Reason.NOT_VIETNAMESE, name + ": no Vietnamese text found");
		}
		return text;
	}

	/**
	 * At least one letter in two hundred is one that only Vietnamese writes (ơ, ư, đ, ạ,
	 * ...).
	 */
	private static boolean isVietnamese(String text) {
		// no more letters than characters: once the Vietnamese letters
		// suffice for the whole length, letters need no counting
		int vietnamese = 0;
		for (int i = 0; i < text.length(); i++) {
			if (VietnameseText.isVietnameseLetter(text.charAt(i)) && ++vietnamese * 200L >= text.length()) {
				return true;
			}
		}
		if (vietnamese == 0) {
			return false;
		}
		int letters = 0;
		for (int i = 0; i < text.length(); i++) {
			if (Character.isLetter(text.charAt(i))) {
				letters++;
			}
		}
		return vietnamese * 200 >= letters;
	}

}
