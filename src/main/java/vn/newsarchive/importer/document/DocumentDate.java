package vn.newsarchive.importer.document;

import java.time.LocalDate;
import java.util.regex.Matcher;

import vn.newsarchive.importer.date.DateGrammar;
import vn.newsarchive.importer.date.WrittenDate;
import vn.newsarchive.kernel.PartialDate;

/**
 * A document's date as written: "19/5/2018", "23-9-2019", "11.8.2020", "15 tháng 4 năm
 * 2022", or without its year ("24/1").
 */
final class DocumentDate {

	private static final DateGrammar NUMERIC = new DateGrammar("n");

	private static final DateGrammar WORDED = new DateGrammar("w");

	/** The numeric or the worded form; one per pattern, read back with {@link #date}. */
	static final String PATTERN = "(?:" + NUMERIC.dayMonthYear("", DateGrammar.SPACED, DateGrammar.YEAR, true) + "|"
			+ WORDED.worded("\\s+", DateGrammar.YEAR, true) + ")(?!\\d)";

	private DocumentDate() {
	}

	/**
	 * The date a {@link #PATTERN} in {@code m} states, the year completed by the
	 * publication date when missing; null when there is none.
	 */
	static LocalDate date(Matcher m, PartialDate published) {
		return DateGrammar.read(m, NUMERIC, WORDED).flatMap((date) -> date.completedBy(published)).orElse(null);
	}

}
