package vn.newsarchive.importer.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.newsarchive.importer.model.PartialDate;

/**
 * What a citation says right after a document's code or number: its date, issuing body,
 * plenum, term and quoted title ("Nghị quyết số 26-NQ/TW ngày 19/5/2018 của Hội nghị
 * Trung ương 7 khóa XII “Tập trung ...”"). Reading stops where the sentence moves on to
 * what the document is about (" về ", " gắn với", ";", ...).
 */
record DocumentDetails(String date, String body, String plenum, String term, String title) {

	private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private static final Pattern HEADER_END = Pattern.compile(
			"\\s(?:về|gắn|và|nhằm|đối với|trong|đã|sẽ|theo|để|thì|là|được|với|tại|cho|đến|tới|năm)\\s|[;.:]\\s|[;.:]$|[“\"]",
			CI);

	private static final Pattern DATE = Pattern.compile(
			"^[\\s,(]*(?:ban hành\\s+)?ngày\\s+(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})(?:\\s*\\2\\s*(\\d{4}))?(?!\\d)", CI);

	private static final Pattern BODY = Pattern
		.compile("(?<![\\p{L}])của\\s+([^,;()“\"]+?)\\s*(?=kh(?:óa|oá)\\s|$|[,;()“\"])", CI);

	private static final Pattern PLENUM = Pattern
		.compile("Hội nghị\\s+(?:lần thứ\\s+(\\d{1,2})\\s+Ban Chấp hành\\s+Trung ương|Trung ương\\s+(\\d{1,2}))", CI);

	private static final Pattern TERM = Pattern
		.compile("(?<![\\p{L}])kh(?:óa|oá)\\s+([IVXLC]{1,6}|\\d{1,2})(?![\\p{L}\\d])", CI);

	private static final Pattern QUOTE = Pattern.compile("^\\s*[“\"]([^”\"]{3,300})[”\"]");

	private static final int MAX_HEADER = 160;

	/** Reads the details from {@code text} at {@code from}, not beyond {@code limit}. */
	static DocumentDetails read(String text, int from, int limit, PartialDate published) {
		int end = Math.min(limit, from + MAX_HEADER);
		Matcher headerEnd = HEADER_END.matcher(text).region(from, end);
		int headerStop = headerEnd.find() ? headerEnd.start() : end;
		String header = text.substring(from, headerStop);
		String date = null;
		Matcher d = DATE.matcher(header);
		if (d.find()) {
			date = isoDate(d.group(1), d.group(3), d.group(4), published);
		}
		Matcher body = BODY.matcher(header);
		Matcher plenum = PLENUM.matcher(header);
		String plenumText = null;
		if (plenum.find()) {
			plenumText = "Hội nghị Trung ương " + ((plenum.group(1) != null) ? plenum.group(1) : plenum.group(2));
		}
		Matcher term = TERM.matcher(header);
		String title = null;
		Matcher quote = QUOTE.matcher(text).region(headerStop, limit);
		if (headerStop < limit && "“\"".indexOf(text.charAt(headerStop)) >= 0 && quote.lookingAt()) {
			title = quote.group(1).strip();
		}
		return new DocumentDetails(date, body.find() ? body.group(1).strip() : null, plenumText,
				term.find() ? RomanNumeral.of(term.group(1)) : null, title);
	}

	/**
	 * ISO date; a date given without a year takes the latest year not after the
	 * publication date.
	 */
	static String isoDate(String day, String month, String year, PartialDate published) {
		try {
			int d = Integer.parseInt(day);
			int m = Integer.parseInt(month);
			if (year != null) {
				return LocalDate.of(Integer.parseInt(year), m, d).toString();
			}
			if (published == null || published.month() == null || published.day() == null) {
				LocalDate.of(2000, m, d);
				return null;
			}
			int y = published.year();
			if (m > published.month() || m == published.month() && d > published.day()) {
				y--;
			}
			return LocalDate.of(y, m, d).toString();
		}
		catch (DateTimeException | NumberFormatException ex) {
			return null;
		}
	}

}
