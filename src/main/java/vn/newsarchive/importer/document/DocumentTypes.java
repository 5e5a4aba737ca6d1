package vn.newsarchive.importer.document;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import vn.newsarchive.kernel.VietnameseText;
import vn.newsarchive.kernel.WordList;

/**
 * The document types of {@code document-kinds.txt}, looked up by code or by kind word.
 */
public final class DocumentTypes {

	private final Map<String, DocumentType> byCode = new LinkedHashMap<>();

	private final Map<String, DocumentType> byKind = new LinkedHashMap<>();

	/** Codes of three letters or more by their letters in order, for swapped letters. */
	private final Map<String, DocumentType> byLetters = new LinkedHashMap<>();

	public DocumentTypes() {
		for (String line : WordList.load("document-kinds.txt").entries()) {
			String[] parts = line.split("\\s*\\|\\s*");
			DocumentType type = new DocumentType(parts[0], parts[1], parts[2].equals("party"),
					parts[2].equals("state"));
			this.byCode.put(codeKey(parts[0]), type);
			if (parts[0].length() >= 3) {
				this.byLetters.putIfAbsent(letters(codeKey(parts[0])), type);
			}
			this.byKind.putIfAbsent(VietnameseText.key(parts[1]), type);
		}
	}

	/**
	 * The type for a code as written ("NQ", "qđi", "QD"), if known; a code of three
	 * letters or more with two of them swapped ("QĐSN" for "QĐNS", session 16) is the
	 * type its letters spell, so the kind word before it ("Quyết định") does not stand
	 * in.
	 */
	public Optional<DocumentType> byCode(String code) {
		String key = codeKey(code);
		DocumentType exact = this.byCode.get(key);
		return Optional.ofNullable((exact != null || key.length() < 3) ? exact : this.byLetters.get(letters(key)));
	}

	public Optional<DocumentType> byKind(String kind) {
		return Optional.ofNullable(this.byKind.get(VietnameseText.key(kind)));
	}

	/** The kind words ("Nghị quyết", ...), for building patterns. */
	public List<String> kinds() {
		return this.byKind.values().stream().map(DocumentType::kind).toList();
	}

	/**
	 * True for a normalised code whose type is one the archive tracks as a resolution.
	 */
	public boolean isResolutionCode(String code) {
		return ofPartyCode(code).map(DocumentType::resolution).orElse(false);
	}

	/**
	 * The type of a normalised party code ("26-NQ/TW"); empty for a state code or none.
	 */
	public Optional<DocumentType> ofPartyCode(String code) {
		if (code == null) {
			return Optional.empty();
		}
		int dash = code.indexOf('-');
		int slash = code.indexOf('/');
		if (dash < 0 || slash < dash) {
			return Optional.empty();
		}
		return byCode(code.substring(dash + 1, slash));
	}

	private static String letters(String key) {
		char[] letters = key.toCharArray();
		Arrays.sort(letters);
		return new String(letters);
	}

	private static String codeKey(String code) {
		return code.toUpperCase(Locale.ROOT).replace('Đ', 'D');
	}

}
