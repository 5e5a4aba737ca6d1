package vn.newsarchive.search;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.newsarchive.importer.document.DocumentType;
import vn.newsarchive.importer.document.DocumentTypes;
import vn.newsarchive.kernel.VietnameseText;

/**
 * Keys that let a document be found however people write it. A document is indexed under
 * {@code kind:number}, {@code kind:number:issuer} and {@code number:issuer}
 * ({@code nghiquyet:26}, {@code nghiquyet:26:tw}, {@code 26:tw}); a query is scanned for
 * codes ({@code 26-NQ/TW}, {@code 26 nq tw}, the typo {@code 26-NG/TƯ}) and for a kind
 * with a number ({@code nghị quyết 26}, {@code kết luận số 21}) and turned into the same
 * keys.
 */
public final class DocumentKeys {

	private static final DocumentTypes TYPES = new DocumentTypes();

	private static final Pattern CODE = Pattern
		.compile("(?<![\\p{L}\\d])(\\d{1,5})\\s*[-–]?\\s*([a-z]{1,4})\\s*([/\\s])\\s*([a-z]{1,12})(?![\\p{L}\\d])");

	private static final Pattern KIND_NUMBER = Pattern.compile("(?<![\\p{L}\\d])("
			+ String.join("|", TYPES.kinds().stream().map(DocumentKeys::folded).map(Pattern::quote).toList())
			+ ")\\s+(?:so\\s+)?(\\d{1,5})(?![\\p{L}\\d])");

	private static final Pattern KIND = Pattern.compile("(?<![\\p{L}\\d])(?:"
			+ String.join("|", TYPES.kinds().stream().map(DocumentKeys::folded).map(Pattern::quote).toList())
			+ ")(?![\\p{L}\\d])");

	private DocumentKeys() {
	}

	/** The keys a document is indexed under; none without a number. */
	public static Set<String> of(String kind, String number, String issuer) {
		Set<String> keys = new LinkedHashSet<>();
		if (number == null || number.isBlank()) {
			return keys;
		}
		String kindKey = compact(kind);
		keys.add(kindKey + ":" + number.strip());
		if (issuer != null && !issuer.isBlank()) {
			keys.add(kindKey + ":" + number.strip() + ":" + issuer(issuer));
			keys.add(number.strip() + ":" + issuer(issuer));
		}
		return keys;
	}

	/** The keys of the documents a query names, if it names any. */
	public static Set<String> inQuery(String query) {
		Set<String> keys = new LinkedHashSet<>();
		String text = folded(query);
		Matcher code = CODE.matcher(text);
		while (code.find()) {
			Optional<DocumentType> type = TYPES.byCode(code.group(2));
			String number = code.group(1);
			String issuer = issuer(code.group(4));
			if (type.isPresent()) {
				keys.add(compact(type.get().kind()) + ":" + number + ":" + issuer);
			}
			else if (code.group(3).equals("/")) {
				// a mistyped type ("26-NG/TƯ") still names number and issuer
				keys.add(number + ":" + issuer);
			}
		}
		Matcher kindNumber = KIND_NUMBER.matcher(text);
		while (kindNumber.find()) {
			keys.add(compact(kindNumber.group(1)) + ":" + kindNumber.group(2));
		}
		return keys;
	}

	/**
	 * True when the query is nothing but document references: codes, or kinds with a
	 * number (with {@code số} and kind names around them), so that it should match the
	 * documents it names and not every article that has its words somewhere.
	 */
	public static boolean isOnlyReferences(String query) {
		if (inQuery(query).isEmpty()) {
			return false;
		}
		String rest = folded(query);
		rest = CODE.matcher(rest).replaceAll(" ");
		rest = KIND_NUMBER.matcher(rest).replaceAll(" ");
		rest = KIND.matcher(rest).replaceAll(" ");
		rest = rest.replaceAll("(?<![\\p{L}\\d])so(?![\\p{L}\\d])", " ");
		return rest.codePoints().noneMatch(Character::isLetterOrDigit);
	}

	/** Central-committee documents are written TW, and TƯ by some sites. */
	private static String issuer(String written) {
		String key = compact(written);
		return key.equals("tu") ? "tw" : key;
	}

	private static String compact(String text) {
		return folded(text).replaceAll("[^a-z0-9]", "");
	}

	private static String folded(String text) {
		return VietnameseText.fold(VietnameseText.clean(text)).toLowerCase(Locale.ROOT);
	}

}
