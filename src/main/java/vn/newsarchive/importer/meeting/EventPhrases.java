package vn.newsarchive.importer.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.newsarchive.kernel.WordList;

/**
 * The phrases of an event sentence that name where it took place, who organised it, which
 * delegation came and what the conference was called.
 */
final class EventPhrases {

	/**
	 * "tại" after "công tác" is a posting ("nhiệm kỳ công tác tại Việt Nam"), not where
	 * the event is.
	 */
	private static final Pattern PLACE = Pattern.compile(
			"(?<![\\p{L}])(?<!công tác\\s)tại\\s+((?:\\p{Lu}|trụ sở|hội trường|thành phố|tỉnh|Thủ đô)[^,.;:()]{1,80})");

	/** A place ends before the verb of its clause: "tại Bắc Ninh đã diễn ra Hội nghị". */
	private static final Pattern PLACE_THEN_VERB = Pattern.compile("\\s+(?:đã|đang|sẽ|vừa|diễn ra|được)(?:\\s.*)?$");

	/**
	 * Where the object of a discipline or a decision begins: a place after it is the
	 * object's ("kỷ luật ... một số đảng viên tại Trung tâm Dịch vụ việc làm").
	 */
	private static final Pattern OBJECT_CLAUSE = Pattern.compile(
			"(?<![\\p{L}])(?:đối với|" + WordList.load("discipline-words.txt").alternation() + ")(?![\\p{L}])",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** The dot of "T.Ư" (Trung ương), "T.W": inside a body's name, not its end. */
	private static final String ABBREVIATION_DOT = "(?<=\\p{Lu})\\.(?=\\p{Lu})";

	/**
	 * Bodies named before the last one, each followed by a comma: "Bộ Chính trị, Ban Bí
	 * thư tổ chức ..." names two organisers, not one. A name holds no clause word ("Ban
	 * Bí thư do đồng chí ...").
	 */
	private static final String CO_BODIES = "(?:(?:" + WordList.load("organ-heads.txt").alternation()
			+ ")\\s(?:(?!\\s(?:do|đã|của|tại|với|và|về)\\s)[^,.;:]){2,60}?,\\s+)*";

	private static final Pattern ORGANISER = Pattern.compile("(?:^|[,.;:]\\s*)(" + CO_BODIES + "\\p{Lu}(?:[^,.;:]|"
			+ ABBREVIATION_DOT + "){2,120}?)\\s+(?:đã\\s+)?"
			+ "tổ chức\\s+(?:cho\\s|Hội nghị|hội nghị|buổi|lễ|Lễ|cuộc|chương trình|Đại hội|kỳ họp|hội thảo|tọa đàm)");

	private static final Pattern HOST = Pattern
		.compile("làm việc với\\s+(\\p{Lu}[^,.;:]{2,100}?)(?=\\s+(?:về|tại|nhằm|để|theo)\\s|[,.;:]|$)");

	/** "Đoàn kiểm tra, giám sát số 15 của Bộ Chính trị, Ban Bí thư". */
	private static final Pattern DELEGATION = Pattern.compile(
			"(?<![\\p{L}])Đoàn\\s+((?:kiểm tra|Kiểm tra|công tác|Công tác|giám sát|Giám sát)(?:,?\\s+(?:và\\s+)?giám sát)?)"
					+ "(?:\\s+số\\s+(\\d{1,6}))?(?:\\s+của\\s+(" + CO_BODIES + "\\p{Lu}[^,;.]{2,60}?))?"
					+ "(?=\\s+(?:do|đã|làm|đến|dẫn|tại|về|với|công bố)\\s|[,;.]|$)");

	/**
	 * Ends before its place, its chair, a verb of the sentence ("... đã công bố ...",
	 * "... thông qua các nội dung") or the title of a person after a comma (", Ủy viên
	 * Trung ương Đảng - Bí thư Tỉnh ủy Lê Đức Thọ có bài phát biểu").
	 */
	private static final Pattern CONFERENCE = Pattern
		.compile("Hội nghị\\s+(?!(?:đã|đang|sẽ|vừa|được)\\s)(?:[^.;()]|" + ABBREVIATION_DOT + "){3,220}?(?=\\s+"
				+ "(?:do|tại|dưới sự|với sự|theo hình thức|nhằm|đã|đang|sẽ|vừa|được|diễn ra|thông qua|xem xét)\\s"
				+ "|(?!" + ABBREVIATION_DOT + ")[.;()]|\\s*$)");

	/**
	 * A person's title after a comma opens the next clause (", Ủy viên Trung ương Đảng -
	 * Bí thư Tỉnh ủy Lê Đức Thọ có bài phát biểu"), unless the name already holds a
	 * person it describes ("bổ nhiệm đồng chí X, Phó Chủ nhiệm ...").
	 */
	private static final Pattern COMMA_TITLE = Pattern
		.compile(",\\s+(?:Phó\\s+)?" + WordList.load("title-heads.txt").alternation() + "\\s");

	private static final Pattern HONORIFIC = Pattern.compile(
			"(?<![\\p{L}])" + WordList.load("honorifics.txt").alternation() + "(?![\\p{L}])",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern CONGRESS = Pattern.compile("Đại hội\\s+(?:đại biểu\\s+)?(?:Đảng bộ|Đoàn|Hội|Mặt trận)"
			+ "[^.;:()]{2,120}?\\s+lần thứ\\s+(?:[IVXLC]+|\\d{1,2})(?![\\p{L}\\d])"
			+ "(?:\\s*,?\\s*nhiệm kỳ\\s+\\d{4}\\s*[-–]\\s*\\d{4})?");

	private static final Pattern YEAR_THEN_COMMA = Pattern
		.compile("(?:năm|nhiệm kỳ)\\s+\\d{4}(?:\\s*[-–]\\s*\\d{4})?(?=,)");

	private EventPhrases() {
	}

	/** Every phrase after "tại", in order: the caller drops those that name a meeting. */
	static List<String> places(String sentence) {
		List<String> places = new ArrayList<>();
		Matcher object = OBJECT_CLAUSE.matcher(sentence);
		Matcher m = PLACE.matcher(sentence).region(0, object.find() ? object.start() : sentence.length());
		while (m.find()) {
			String place = PLACE_THEN_VERB.matcher(m.group(1)).replaceFirst("").strip();
			if (!place.isEmpty()) {
				places.add(place);
			}
		}
		return places;
	}

	static String organiser(String sentence) {
		Matcher m = ORGANISER.matcher(sentence);
		if (m.find()) {
			return m.group(1).replaceFirst("\\s+phối hợp với\\s.*$", "").strip();
		}
		Matcher host = HOST.matcher(sentence);
		return host.find() ? host.group(1).strip() : null;
	}

	/**
	 * The delegation ("Đoàn Kiểm tra số 1150 của Bộ Chính trị") and its number, or null.
	 */
	static String[] delegation(String text) {
		Matcher m = DELEGATION.matcher(text);
		if (!m.find()) {
			return null;
		}
		String kind = m.group(1);
		StringBuilder name = new StringBuilder("Đoàn ").append(Character.toUpperCase(kind.charAt(0)))
			.append(kind.substring(1));
		if (m.group(2) != null) {
			name.append(" số ").append(m.group(2));
		}
		if (m.group(3) != null) {
			name.append(" của ").append(m.group(3).strip());
		}
		return new String[] { name.toString(), m.group(2) };
	}

	/**
	 * A congress named with its number: "Đại hội đại biểu Đảng bộ tỉnh Phú Thọ lần thứ I,
	 * nhiệm kỳ 2025 - 2030".
	 */
	static String congress(String text) {
		Matcher m = CONGRESS.matcher(text);
		return m.find() ? m.group().strip() : null;
	}

	/**
	 * "Hội nghị kiểm điểm công tác lãnh đạo, chỉ đạo năm 2019", cut after a closing year.
	 */
	static String conference(String text) {
		Matcher m = CONFERENCE.matcher(text);
		if (!m.find()) {
			return null;
		}
		String title = m.group().strip();
		Matcher person = COMMA_TITLE.matcher(title);
		if (person.find() && !HONORIFIC.matcher(title.substring(0, person.start())).find()) {
			title = title.substring(0, person.start());
		}
		Matcher year = YEAR_THEN_COMMA.matcher(title);
		if (year.find()) {
			title = title.substring(0, year.end());
		}
		return title.replaceAll("[\\s,]+$", "");
	}

}
