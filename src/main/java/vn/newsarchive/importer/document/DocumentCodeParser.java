package vn.newsarchive.importer.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.newsarchive.kernel.WordList;

/**
 * Finds and normalises document codes: party codes NUMBER-TYPE/ISSUER ("26-NQ/TW",
 * written "26-NG/TƯ" or "26 - NQ / TW" in messy text) and state codes
 * NUMBER[/YEAR]/TYPE-ISSUER ("977/QĐ-TTg", "30/2020/NĐ-CP").
 */
public final class DocumentCodeParser {

	private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private static final Pattern PARTY = Pattern
		.compile("(?<![\\p{L}\\d/.-])(\\d{1,4})\\s*[-–]\\s*(\\p{L}{1,4})\\s*/\\s*(\\p{L}{1,12})(?![\\p{L}\\d])", CI);

	private static final Pattern STATE = Pattern.compile(
			"(?<![\\p{L}\\d/.-])(\\d{1,5})(?:/(\\d{4}))?/(\\p{Lu}{1,4})-(\\p{L}{1,8}(?:-\\p{L}{1,8})?)(?![\\p{L}\\d])");

	private final DocumentTypes types;

	private final Pattern kindBefore;

	public DocumentCodeParser(DocumentTypes types) {
		this.types = types;
		this.kindBefore = Pattern.compile(WordList.of(types.kinds()).alternation() + "\\s+(?:số\\s+)?$", CI);
	}

	/** The codes in a passage, in text order. */
	List<CodedCitation> find(String text) {
		List<CodedCitation> found = new ArrayList<>();
		// every code has a slash: most passages have none, and these patterns test every
		// position of the text
		if (text.indexOf('/') < 0) {
			return found;
		}
		Matcher party = PARTY.matcher(text);
		while (party.find()) {
			party(text, party).ifPresent(found::add);
		}
		Matcher state = STATE.matcher(text);
		while (state.find()) {
			state(state).ifPresent(found::add);
		}
		found.sort(Comparator.comparingInt(CodedCitation::start));
		return found;
	}

	/**
	 * The normalised form of a single code as written, or empty when it is not a code.
	 */
	public Optional<String> normalise(String written, String kindWord) {
		String text = (kindWord != null) ? kindWord + " " + written : written;
		return find(text).stream().findFirst().map(CodedCitation::code);
	}

	private Optional<CodedCitation> party(String text, Matcher m) {
		Optional<DocumentType> written = this.types.byCode(m.group(2));
		Optional<DocumentType> stated = statedKind(text, m.start());
		// the kind word is more reliable than a mistyped type ("Nghị quyết số 26-NG/TƯ")
		Optional<DocumentType> type = written.filter((t) -> !t.stateOnly()).or(() -> stated);
		if (type.isEmpty()) {
			return Optional.empty();
		}
		String number = m.group(1);
		String issuer = issuer(m.group(3));
		String typeCode = type.get().code();
		// party regulations are coded QĐ as often as QĐi: the kind word tells them from
		// decisions, the code stays as written
		if (written.isPresent() && stated.isPresent() && written.get().code().equals("QĐ")
				&& stated.get().code().equals("QĐi")) {
			type = stated;
			typeCode = written.get().code();
		}
		String code = number + "-" + typeCode + "/" + issuer;
		return Optional.of(new CodedCitation(code, type.get(), number, issuer, m.start(), m.end()));
	}

	private Optional<CodedCitation> state(Matcher m) {
		Optional<DocumentType> type = this.types.byCode(m.group(3));
		if (type.isEmpty()) {
			return Optional.empty();
		}
		String number = m.group(1);
		String year = (m.group(2) != null) ? m.group(2) + "/" : "";
		String issuer = m.group(4);
		String code = number + "/" + year + type.get().code() + "-" + issuer;
		return Optional.of(new CodedCitation(code, type.get(), number, issuer, m.start(), m.end()));
	}

	private Optional<DocumentType> statedKind(String text, int codeStart) {
		Matcher kind = this.kindBefore.matcher(text).region(Math.max(0, codeStart - 30), codeStart);
		return kind.find() ? this.types.byKind(kind.group().replaceAll("(?i)\\s+(số\\s+)?$", "")) : Optional.empty();
	}

	private static String issuer(String written) {
		String upper = written.toUpperCase(Locale.ROOT);
		return upper.equals("TƯ") ? "TW" : upper;
	}

}
