package vn.newsarchive.importer.document;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.newsarchive.kernel.PartialDate;
import vn.newsarchive.kernel.WordList;

/**
 * What is stated before a document's code rather than after it: an issuing sentence that
 * opens with the date ("Ngày 28/7/2021, Tổng Bí thư đã thay mặt Ban Chấp hành Trung ương
 * khóa XIII ký ban hành Quy định số 22-QĐ/TW"), or a state document's own header ("Số:
 * 114/TB-VPCP | Hà Nội, ngày 15 tháng 4 năm 2022"). Thread-safe.
 */
final class IssuingSentence {

	/** The date and Central Committee term stated around a code, each null when not. */
	record Stated(LocalDate date, String term) {

		static final Stated NONE = new Stated(null, null);

	}

	private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	/** How far back the sentence is read; issuing sentences are short. */
	private static final int REACH = 250;

	private static final Pattern SENTENCE_END = Pattern.compile("[.;:!?](?=\\s)");

	private static final Pattern DATED = Pattern
		.compile("(?<![\\p{L}\\d])ngày\\s+" + DocumentDate.PATTERN + "(?:\\s+vừa\\s+qua)?\\s*,?\\s", CI);

	/**
	 * Text ending in a number or a code's issuer: a date right after it is that earlier
	 * document's date ("Chỉ thị số 35-CT/TW, ngày 30/5/2019 ..., ngày 14/6/2024 ... ban
	 * hành Chỉ thị số 35-CT/TW").
	 */
	private static final Pattern AFTER_CODE = Pattern.compile("(?:\\d|/\\s*\\p{L}{1,12})[\\s,(]*$");

	private static final Pattern NUMBER_LABEL = Pattern.compile("(?<![\\p{L}])Số\\s*:?\\s*$", CI);

	private static final Pattern HEADER_DATE = Pattern
		.compile("\\s*\\|?\\s*(?:[\\p{L} .]{1,40},\\s*)?ngày\\s+" + DocumentDate.PATTERN, CI);

	private final Pattern issued;

	private final Pattern term;

	IssuingSentence(DocumentTypes types) {
		String verbs = WordList.load("issuing-verbs.txt").alternation();
		String kinds = WordList.of(types.kinds()).alternation();
		this.issued = Pattern.compile("(?<![\\p{L}])" + verbs + "\\s+(?:" + kinds + "\\s+)?(?:số\\s*)?$", CI);
		this.term = Pattern.compile("(?<![\\p{L}])" + WordList.load("central-bodies.txt").alternation()
				+ "\\s*\\(?\\s*kh(?:óa|oá)\\s+([IVXLC]{1,6}|\\d{1,2})(?![\\p{L}\\d])", CI);
	}

	/**
	 * What is stated about the document cited at {@code start} (its kind word or code)
	 * whose code ends at {@code end}.
	 */
	Stated read(String text, int start, int end, PartialDate published) {
		LocalDate header = header(text, start, end);
		if (header != null) {
			return new Stated(header, null);
		}
		int sentence = Math.max(0, start - REACH);
		Matcher stop = SENTENCE_END.matcher(text).region(sentence, start);
		while (stop.find()) {
			sentence = stop.end();
		}
		Matcher verb = this.issued.matcher(text).region(sentence, start);
		if (!verb.find()) {
			return Stated.NONE;
		}
		LocalDate date = null;
		Matcher dated = DATED.matcher(text).region(sentence, verb.start());
		int last = -1;
		while (dated.find()) {
			last = dated.start();
			date = DocumentDate.date(dated, published);
		}
		if (last >= 0 && AFTER_CODE.matcher(text.substring(sentence, last)).find()) {
			date = null;
		}
		Matcher term = this.term.matcher(text).region(sentence, verb.start());
		return new Stated(date, term.find() ? RomanNumeral.of(term.group(1)) : null);
	}

	/** The date of a document's own header: "Số: CODE", then place and date. */
	private static LocalDate header(String text, int start, int end) {
		if (!NUMBER_LABEL.matcher(text).region(Math.max(0, start - 8), start).find()) {
			return null;
		}
		Matcher date = HEADER_DATE.matcher(text).region(end, text.length());
		if (!date.lookingAt()) {
			return null;
		}
		// no publication date given: a header states its year, a date without one is
		// something else
		return DocumentDate.date(date, null);
	}

}
