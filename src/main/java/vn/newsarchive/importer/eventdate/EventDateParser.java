package vn.newsarchive.importer.eventdate;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date phrase that opens an event report: "Chiều 6/11", "Ngày 26/2", "Sáng ngày
 * 03/4", "Chiều 14-2", "Sáng 16.8", "Trong hai ngày 21- 22/4", "Từ ngày 4 - 5/5", "Ngày
 * 6/7/2021". A lower-case "ngày" alone is not enough: that is how document dates are
 * written ("Chỉ thị số 35-CT/TW, ngày 14/6/2024").
 */
public final class EventDateParser {

	private static final Pattern PHRASE = Pattern.compile("(?<![\\p{L}\\d])(?:"
			+ "(?<daytime>[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối|[Đđ]êm)(?:\\s+nay)?(?:\\s+ngày)?"
			+ "|(?<opener>Ngày|Hôm|Trong(?:\\s+(?:hai|ba|bốn|các))?\\s+ngày|Từ\\s+ngày|Vào\\s+ngày|Hôm\\s+nay,?\\s+ngày)"
			+ ")\\s+(?<day>\\d{1,2})(?:\\s*[-–]\\s*\\d{1,2})?\\s*(?<sep>[/.\\-])\\s*(?<month>\\d{1,2})"
			+ "(?:\\s*\\k<sep>\\s*(?<year>\\d{4}))?(?![\\d/])");

	/** The first event date phrase in the text, if any. */
	public Optional<EventDateMention> find(String text) {
		Matcher m = PHRASE.matcher(text);
		while (m.find()) {
			int day = Integer.parseInt(m.group("day"));
			int month = Integer.parseInt(m.group("month"));
			if (day >= 1 && day <= 31 && month >= 1 && month <= 12) {
				Integer year = (m.group("year") != null) ? Integer.valueOf(m.group("year")) : null;
				return Optional.of(new EventDateMention(day, month, year, m.start(), m.end()));
			}
		}
		return Optional.empty();
	}

}
