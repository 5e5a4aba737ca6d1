package vn.newsarchive.importer.document;

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

	public DocumentTypes() {
		for (String line : WordList.load("document-kinds.txt").entries()) {
			String[] parts = line.split("\\s*\\|\\s*");
			DocumentType type = new DocumentType(parts[0], parts[1], parts[2].equals("party"),
					parts[2].equals("state"));
			this.byCode.put(codeKey(parts[0]), type);
			this.byKind.putIfAbsent(VietnameseText.key(parts[1]), type);
		}
	}

	/** The type for a code as written ("NQ", "qđi", "QD"), if known. */
	public Optional<DocumentType> byCode(String code) {
		return Optional.ofNullable(this.byCode.get(codeKey(code)));
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

	private static String codeKey(String code) {
		return code.toUpperCase(Locale.ROOT).replace('Đ', 'D');
	}

}
