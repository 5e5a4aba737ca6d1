package vn.newsarchive.importer.document;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.newsarchive.kernel.PartialDate;
import vn.newsarchive.kernel.WordList;

/**
 * What a citation says right after a document's code or number: its date, issuing body,
 * plenum, term and quoted title ("Nghị quyết số 26-NQ/TW ngày 19/5/2018 của Hội nghị
 * Trung ương 7 khóa XII “Tập trung ...”"). Reading stops where the sentence moves on to
 * what the document is about (" về ", " gắn với", ";", ...).
 */
record DocumentDetails(LocalDate date, String body, String plenum, String term, String title) {

	private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private static final Pattern HEADER_END = Pattern
		.compile("\\s" + WordList.load("document-header-ends.txt").alternation() + "\\s|[;.:]\\s|[;.:]$|[“\"]", CI);

	private static final Pattern DATE = Pattern.compile("[\\s,(]*(?:ban hành\\s+)?ngày\\s+" + DocumentDate.PATTERN, CI);

	private static final Pattern BODY = Pattern
		.compile("(?<![\\p{L}])của\\s+([^,;()“\"]+?)\\s*(?=kh(?:óa|oá)\\s|$|[,;()“\"])", CI);

	private static final Pattern PLENUM = Pattern
		.compile("Hội nghị\\s+(?:lần thứ\\s+(\\d{1,2})\\s+Ban Chấp hành\\s+Trung ương|Trung ương\\s+(\\d{1,2}))", CI);

	private static final Pattern TERM = Pattern
		.compile("(?<![\\p{L}])kh(?:óa|oá)\\s+([IVXLC]{1,6}|\\d{1,2})(?![\\p{L}\\d])", CI);

	/**
	 * A quoted title, right after the header or after "về" ("... (khóa XI) về “Chiến lược
	 * ...”"); the quote may itself open with "về việc", which is not part of the title.
	 */
	private static final Pattern QUOTE = Pattern.compile("\\s*(?:về\\s+)?[“\"](?:về\\s+việc\\s+)?([^”\"]{3,300})[”\"]",
			CI);

	private static final int MAX_HEADER = 160;

	/** Reads the details from {@code text} at {@code from}, not beyond {@code limit}. */
	static DocumentDetails read(String text, int from, int limit, PartialDate published) {
		int end = Math.min(limit, from + MAX_HEADER);
		Matcher headerEnd = HEADER_END.matcher(text).region(from, end);
		int headerStop = headerEnd.find() ? headerEnd.start() : end;
		String header = text.substring(from, headerStop);
		LocalDate date = null;
		// matched on the text, not the header: "năm" inside "15 tháng 4 năm 2022" ends a
		// header
		Matcher d = DATE.matcher(text).region(from, end);
		if (d.lookingAt()) {
			date = DocumentDate.date(d, published);
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
		if (headerStop < limit && quote.lookingAt()) {
			title = quote.group(1).strip();
		}
		return new DocumentDetails(date, body.find() ? body.group(1).strip() : null, plenumText,
				term.find() ? RomanNumeral.of(term.group(1)) : null, title);
	}

	/**
	 * These details, with what the sentence stated before the code where nothing after it
	 * did.
	 */
	DocumentDetails orStated(IssuingSentence.Stated stated) {
		return new DocumentDetails((this.date != null) ? this.date : stated.date(), this.body, this.plenum,
				(this.term != null) ? this.term : stated.term(), this.title);
	}

}
