package vn.newsarchive.importer.meeting;

import java.util.regex.Pattern;
import java.util.stream.Stream;

import vn.newsarchive.importer.text.LookBehind;
import vn.newsarchive.importer.text.Prefixes;
import vn.newsarchive.importer.text.StartingAt;
import vn.newsarchive.kernel.WordList;

/**
 * Whether a sentence reports an event rather than only carrying a date. News about a
 * document opens like a meeting report ("Ngày 28/7/2021, Tổng Bí thư ... đã ký Quy định
 * số 22-QĐ/TW về công tác kiểm tra"), so a date alone proves nothing: a meeting noun or
 * an event verb must come before any verb of issuing, whose object may itself name events
 * ("Chỉ thị về đại hội đảng bộ các cấp").
 */
final class EventEvidence {

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private static final String NOT_LETTER = "(?![\\p{L}\\p{M}])";

	/**
	 * "tiếp" before a capitalised guest ("tiếp Đại sứ"): kept out of the case-insensitive
	 * lists, where it would also match "tiếp tục".
	 */
	private static final Pattern RECEPTION = Pattern.compile("(?<![\\p{L}\\p{M}])tiếp\\s+\\p{Lu}");

	private final String nouns = WordList.load("meeting-nouns.txt").alternation();

	private final String verbs = WordList.load("event-verbs.txt").alternation();

	// the patterns below open with a look-behind: each is tried only where one of its
	// words starts, in any case (StartingAt)
	private final Prefixes eventStarts = Prefixes.eitherCase(
			Stream
				.concat(WordList.load("meeting-nouns.txt").entries().stream(),
						WordList.load("event-verbs.txt").entries().stream())
				.toList());

	private final Prefixes actionStarts = Prefixes.eitherCase(WordList.load("event-verbs.txt").entries());

	private final Prefixes issuingStarts = Prefixes.eitherCase(WordList.load("issuing-verbs.txt").entries());

	private final Prefixes announcingStarts = Prefixes.eitherCase(WordList.load("announcing-verbs.txt").entries());

	final Pattern event = Pattern.compile("(?<![\\p{L}\\p{M}])(?:" + this.nouns + "|" + this.verbs + ")" + NOT_LETTER,
			FLAGS);

	final Pattern action = Pattern.compile("(?<![\\p{L}\\p{M}])" + this.verbs + NOT_LETTER, FLAGS);

	final Pattern issuing = Pattern
		.compile("(?<![\\p{L}\\p{M}])" + WordList.load("issuing-verbs.txt").alternation() + NOT_LETTER, FLAGS);

	/** Event words after an announcement name what was announced, not this event. */
	final Pattern announcing = Pattern
		.compile("(?<![\\p{L}\\p{M}])" + WordList.load("announcing-verbs.txt").alternation() + NOT_LETTER, FLAGS);

	private final Pattern eventName = Pattern
		.compile("(?:^|(?<![\\p{L}\\p{M}])tại\\s+)" + WordList.load("event-names.txt").alternation() + "\\s+\\p{L}");

	private final Pattern meetingName = Pattern.compile("^" + this.nouns + NOT_LETTER, FLAGS);

	boolean reportsEvent(String sentence) {
		String before = beforeIssuing(sentence);
		return events(before).find() || RECEPTION.matcher(before).find();
	}

	/**
	 * Without a date, a meeting noun is too weak ("triển khai Nghị quyết Đại hội XIV"
	 * names a document): only an event verb ("chủ trì hội nghị", "tiếp Đại sứ") shows the
	 * event.
	 */
	boolean reportsAction(String sentence) {
		String before = beforeIssuing(sentence);
		return actions(before).find() || RECEPTION.matcher(before).find();
	}

	/**
	 * Opens with a meeting noun: "Hội nghị Ban Chấp hành" names a meeting, not a place.
	 */
	boolean namesMeeting(String phrase) {
		return this.meetingName.matcher(phrase).find();
	}

	/**
	 * Opens with or puts after "tại" the name of an event ("Lễ Kỷ niệm vinh dự đón ...",
	 * "Phát biểu ... tại Kỳ họp thứ Chín"): the event of a passage with no date or verb.
	 */
	boolean namesEvent(String passage) {
		return this.eventName.matcher(passage).find();
	}

	private String beforeIssuing(String sentence) {
		String before = sentence;
		StartingAt issued = issuings(before);
		before = issued.find() ? before.substring(0, issued.matcher().start()) : before;
		StartingAt announced = announcings(before);
		return announced.find() ? before.substring(0, announced.matcher().start()) : before;
	}

	StartingAt events(String text) {
		return new StartingAt(this.event, text, 0, this.eventStarts, LookBehind.LETTER_OR_MARK);
	}

	StartingAt actions(String text) {
		return new StartingAt(this.action, text, 0, this.actionStarts, LookBehind.LETTER_OR_MARK);
	}

	StartingAt issuings(String text) {
		return new StartingAt(this.issuing, text, 0, this.issuingStarts, LookBehind.LETTER_OR_MARK);
	}

	StartingAt announcings(String text) {
		return new StartingAt(this.announcing, text, 0, this.announcingStarts, LookBehind.LETTER_OR_MARK);
	}

}
