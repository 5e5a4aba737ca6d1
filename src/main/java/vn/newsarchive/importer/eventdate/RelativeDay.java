package vn.newsarchive.importer.eventdate;

import java.util.Optional;
import java.util.regex.Pattern;

import vn.newsarchive.kernel.PartialDate;
import vn.newsarchive.kernel.WordList;

/**
 * An event's day when its sentence has no date but says "today" ("tập thể Bộ Chính trị
 * hôm nay làm việc với …", "sáng nay, Hội nghị khai mạc"): a report is published on the
 * day it says is today, so the publication's day is the event's (inferred).
 */
public final class RelativeDay {

	private final Pattern today = Pattern.compile(
			"(?<![\\p{L}\\p{M}])" + WordList.load("today-words.txt").alternation() + "(?![\\p{L}\\p{M}])",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** The publication's day when {@code sentence} says "today" and the day is known. */
	public Optional<PartialDate> of(String sentence, PartialDate published) {
		if (published == null || published.day() == null || !this.today.matcher(sentence).find()) {
			return Optional.empty();
		}
		return Optional.of(PartialDate.day(published.year(), published.month(), published.day(), true));
	}

}
