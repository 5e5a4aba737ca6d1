package vn.newsarchive.importer.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.newsarchive.kernel.WordList;

/** The event kinds of {@code meeting-kinds.txt}, in priority order. */
final class MeetingKinds {

	/**
	 * The occasion of a visit names another event ("tiếp Tổng thống ... nhân dịp sang
	 * Việt Nam dự Hội nghị thượng đỉnh"): its words give no kind.
	 */
	private static final Pattern OCCASION = Pattern.compile("(?<![\\p{L}\\p{M}])nhân dịp(?![\\p{L}\\p{M}])");

	/**
	 * Venues named after a kind of event ({@code event-venues.txt}): a place, whose words
	 * give no kind ("Đại hội … tại Trung tâm Hội nghị tỉnh").
	 */
	private static final WordList VENUES = WordList.load("event-venues.txt");

	private static final Pattern VENUE = Pattern
		.compile("(?<![\\p{L}\\p{M}])(?:" + VENUES.alternation() + ")(?![\\p{L}\\p{M}])");

	private final List<Pattern> phrases = new ArrayList<>();

	/** Each phrase's words, which its pattern needs verbatim: most events hold none. */
	private final List<String> literals = new ArrayList<>();

	private final List<String> kinds = new ArrayList<>();

	MeetingKinds() {
		for (String line : WordList.load("meeting-kinds.txt").entries()) {
			String[] parts = line.split("\\s*\\|\\s*");
			this.literals.add(parts[0]);
			this.phrases.add(Pattern.compile("(?<![\\p{L}\\p{M}])" + Pattern.quote(parts[0]) + "(?![\\p{L}\\p{M}])"));
			this.kinds.add(parts[1]);
		}
	}

	/** The text up to the occasion of a visit, if it names one. */
	static String withoutOccasion(String event) {
		Matcher occasion = OCCASION.matcher(event);
		return occasion.find() ? event.substring(0, occasion.start()) : event;
	}

	Optional<String> kindOf(String event) {
		String text = withoutOccasion(event);
		// most events name no venue: the pattern (a look-behind first) only where one is
		if (VENUES.entries().stream().anyMatch(text::contains)) {
			text = VENUE.matcher(text).replaceAll(" ");
		}
		for (int i = 0; i < this.phrases.size(); i++) {
			// a pattern starting with a look-behind is tried at every position: test its
			// words first
			if (text.contains(this.literals.get(i)) && this.phrases.get(i).matcher(text).find()) {
				return Optional.of(this.kinds.get(i));
			}
		}
		return Optional.empty();
	}

}
