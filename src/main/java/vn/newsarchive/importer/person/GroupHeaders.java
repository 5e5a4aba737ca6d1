package vn.newsarchive.importer.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.newsarchive.importer.text.LookBehind;
import vn.newsarchive.importer.text.Prefixes;
import vn.newsarchive.importer.text.StartingAt;
import vn.newsarchive.kernel.WordList;

/**
 * A list of people under a shared title: "các đồng chí Ủy viên Bộ Chính trị: A, Thủ tướng
 * Chính phủ; B, Chủ tịch Quốc hội". Everyone listed after the colon holds the header's
 * titles besides their own, until the next such header or the end of the sentence. Three
 * kinds of header give the groups: counted after "là" (here), counted without a header
 * ({@link CountedLists}) and ending with a colon ({@link ColonHeaders}).
 */
final class GroupHeaders {

	/** Titles shared by the names in {@code [from, to)} of a passage. */
	record Group(int from, int to, List<String> titles) {
	}

	/**
	 * Shares the groups' titles along one passage, name by name in reading order. A list
	 * whose first name comes bare ("các Phó Thủ tướng: A, B, Bộ trưởng Bộ Quốc phòng C")
	 * ends at the first name with a title of its own; a list of titled names ("các Ủy
	 * viên Bộ Chính trị: Thủ tướng A, Chủ tịch Quốc hội B") shares with all of them.
	 */
	final class Sharing {

		private final List<Group> groups;

		private final Map<Group, Boolean> bareLists = new HashMap<>();

		private Sharing(List<Group> groups) {
			this.groups = groups;
		}

		List<String> titlesFor(NameSpan name, List<String> ownBefore, List<String> titles) {
			List<String> all = titles;
			for (Group group : this.groups) {
				if (group.from() <= name.start() && name.end() <= group.to()) {
					boolean bareList = this.bareLists.computeIfAbsent(group, (g) -> ownBefore.isEmpty());
					if (bareList && !ownBefore.isEmpty()) {
						this.groups.remove(group);
						break;
					}
					all = TitleSet.merge(group.titles(), all);
				}
			}
			return all;
		}

	}

	private static final String COUNTED_BOUNDARIES = ",;:.()[]\"“”!?\n";

	private final TitleVocabulary words;

	private final CountedLists countedLists;

	private final ColonHeaders colonHeaders;

	/**
	 * "… là các ông:", "… là hai đồng chí": the title before "là" is shared by the names
	 * after it ("3 nguyên Bí thư Tỉnh ủy là các ông: A, B, C").
	 */
	final Pattern counted;

	/**
	 * What {@link #counted} starts with: "là", spaces, then a digit or a count word, in
	 * any case. "l" and "L" begin many words, and "là" alone many clauses.
	 */
	private final Prefixes countedStarts;

	GroupHeaders(TitleVocabulary words, TitleChainReader chains) {
		this.words = words;
		this.countedLists = new CountedLists(words, chains);
		this.colonHeaders = new ColonHeaders(words);
		this.counted = Pattern.compile(
				"(?<![\\p{L}\\p{M}])là\\s+(?:\\d+|" + WordList.load("count-words.txt").alternation() + ")\\s+"
						+ WordList.load("honorifics.txt").alternation() + "(?![\\p{L}\\p{M}])\\s*:?",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
		List<String> starts = new ArrayList<>();
		"0123456789".chars().forEach((digit) -> starts.add("là " + (char) digit));
		WordList.load("count-words.txt").entries().forEach((word) -> starts.add("là " + word));
		this.countedStarts = Prefixes.eitherCase(starts);
	}

	/**
	 * The sharing along a passage whose candidate names are {@code names};
	 * {@code previous} is the passage before it ("" for the first).
	 */
	Sharing sharing(String text, String previous, List<NameSpan> names) {
		return new Sharing(new ArrayList<>(find(text, previous, names)));
	}

	/** The groups of a passage whose candidate names are {@code names}. */
	List<Group> find(String text, String previous, List<NameSpan> names) {
		List<Group> groups = counted(text, names);
		groups.addAll(this.countedLists.find(text, previous, names));
		groups.addAll(this.colonHeaders.find(text, names));
		return groups;
	}

	/** The groups counted out after "là" ("… là các ông: A, B, C"). */
	private List<Group> counted(String text, List<NameSpan> names) {
		List<Group> groups = new ArrayList<>();
		StartingAt found = countedAt(text);
		while (found.find()) {
			Matcher m = found.matcher();
			int start = m.start();
			while (start > 0 && COUNTED_BOUNDARIES.indexOf(text.charAt(start - 1)) < 0) {
				start--;
			}
			String title = cleanTitle(text.substring(start, m.start()).strip());
			if (title == null) {
				continue;
			}
			int to = sentenceEnd(text, m.end());
			int semicolon = text.indexOf(';', m.end());
			if (semicolon >= 0 && semicolon < to && namesWithin(names, m.end(), semicolon) >= 2) {
				to = semicolon;
			}
			groups.add(new Group(m.end(), to, List.of(title)));
		}
		return groups;
	}

	/**
	 * The pattern opens with a look-behind: tried only where "là" and a count start.
	 */
	StartingAt countedAt(String text) {
		return new StartingAt(this.counted, text, 0, this.countedStarts, LookBehind.LETTER_OR_MARK);
	}

	/** The title ending a stretch: from its first head with no verb after it. */
	private String cleanTitle(String stretch) {
		int lastVerb = this.words.lastVerbAt(stretch);
		StartingAt heads = this.words.heads(stretch);
		while (heads.find()) {
			if (heads.matcher().end() > lastVerb) {
				return stretch.substring(heads.matcher().start());
			}
		}
		return null;
	}

	static long namesWithin(List<NameSpan> names, int from, int to) {
		return names.stream().filter((n) -> n.start() >= from && n.end() <= to).count();
	}

	static int sentenceEnd(String text, int from) {
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c == '.' && !Words.isAbbreviationDot(text, i)) || c == '!' || c == '?' || c == '\n') {
				return i;
			}
		}
		return text.length();
	}

}
