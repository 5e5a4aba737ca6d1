package vn.newsarchive.importer.person;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.newsarchive.importer.text.LookBehind;
import vn.newsarchive.importer.text.Prefixes;
import vn.newsarchive.importer.text.StartingAt;
import vn.newsarchive.kernel.WordList;

/** The compiled word lists that title chains are read with. */
final class TitleVocabulary {

	/** How far before a region a body's name holding a verb may start. */
	private static final int NAME_REACH = 12;

	/** Longer than "các đồng chí" with spaces and a colon after it. */
	private static final int HONORIFIC_REACH = 24;

	private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	/**
	 * "và" before a count ends a chain: "Chủ tịch UBND tỉnh và 150 đại biểu" lists the
	 * others present, no part of the post (session 16).
	 */
	private static final String AND_COUNT = "và(?=\\s+\\d)";

	/** A title head-word at a word start, with an optional "Phó" (deputy) before it. */
	final Pattern head;

	/**
	 * A chain-ending verb or clause word, as a whole word, or (group {@code name}) a
	 * body's name that holds one ("Đài Tiếng nói Việt Nam"), which ends nothing.
	 */
	private final Pattern verb;

	/**
	 * The words {@link #head} and {@link #verb} begin with: both open with a look-behind,
	 * so a search tried them at every position of every title and segment.
	 */
	private final Prefixes headStarts;

	private final Prefixes verbStarts;

	/** An honorific ending right where a name starts. */
	final Pattern honorificBefore;

	/**
	 * "và" before a military or police rank: a list of people goes on there ("…, Phó Chủ
	 * nhiệm Tổng cục Chính trị và Trung tướng B"), so a title ends before it.
	 */
	final Pattern andRank;

	/**
	 * "là", an honorific or a rank, and nothing else before a name: the title before "là"
	 * is that name's ("Bộ trưởng Bộ Quốc phòng là Đại tướng A").
	 */
	private final Pattern isBeforeName;

	/** A military or police rank, the whole of a piece. */
	private final Pattern rank;

	TitleVocabulary(WordList heads, WordList ranks, WordList verbs, WordList verbsInNames, WordList honorifics) {
		// "Quyền" (acting), "Nguyên" (former) and "tân" (newly appointed) change what the
		// title says: kept in it, also before "Phó" ("nguyên Phó Bí thư Tỉnh ủy"); a rank
		// opens a chain as a title does ("Đại tướng A, Bộ trưởng …")
		this.head = Pattern.compile("(?<![\\p{L}\\p{M}])(?:(?:phó|nguyên|quyền|tân)\\s+){0,2}(?:" + heads.alternation()
				+ "|" + ranks.alternation() + ")(?![\\p{L}\\p{M}])", CI);
		this.rank = Pattern.compile(ranks.alternation(), CI);
		this.andRank = Pattern.compile("\\s+và\\s+(?=(?:" + ranks.alternation() + ")(?![\\p{L}\\p{M}]))", CI);
		// the look-ahead on the first letters spares trying every verb at every word
		// start (the pattern is case-sensitive, so it rules out nothing that could match)
		this.verb = Pattern.compile("(?<![\\p{L}\\p{M}])" + firstLetters(verbsInNames, verbs) + "(?:(?<name>"
				+ verbsInNames.alternation() + ")|" + verbs.alternation() + "|" + AND_COUNT + ")(?![\\p{L}\\p{M}])");
		List<String> headWords = new ArrayList<>(List.of("phó", "nguyên", "quyền", "tân"));
		headWords.addAll(heads.entries());
		headWords.addAll(ranks.entries());
		this.headStarts = Prefixes.eitherCase(headWords);
		List<String> verbWords = new ArrayList<>(verbsInNames.entries());
		verbWords.addAll(verbs.entries());
		// AND_COUNT's word: a chain ends at 'và' before a count
		verbWords.add("và");
		this.verbStarts = Prefixes.asWritten(verbWords);
		this.honorificBefore = Pattern.compile("(?<![\\p{L}\\p{M}])" + honorifics.alternation() + "[\\s:]*$", CI);
		this.isBeforeName = Pattern
			.compile("\\s*là\\s+(?:" + honorifics.alternation() + "\\s+)?(?:" + ranks.alternation() + "\\s+)?", CI);
	}

	/**
	 * Whether a bare head ({@code [headStart, headEnd)}, nothing after it up to the dash
	 * at {@code dash}) shares the body of the head after the dash: "Phó Chủ tịch - Tổng
	 * Thư ký Hội …" is one title; a rank is a title of its own ("Đại tá - Giám đốc …").
	 */
	boolean sharesBody(String text, int headStart, int headEnd, int dash) {
		return text.substring(headEnd, dash).isBlank() && !this.rank.matcher(text).region(headStart, headEnd).matches();
	}

	/** Whether {@code [from, limit)} is "là" and at most an honorific and a rank. */
	boolean isBeforeName(String text, int from, int limit) {
		Matcher m = this.isBeforeName.matcher(text).region(from, limit);
		return m.lookingAt() && m.end() == limit;
	}

	/** A look-ahead for the first characters of the lists' entries. */
	private static String firstLetters(WordList... lists) {
		StringBuilder set = new StringBuilder("(?=[");
		Arrays.stream(lists)
			.flatMap((list) -> list.entries().stream())
			.mapToInt((entry) -> entry.codePointAt(0))
			.distinct()
			.forEach((c) -> set.append("\\x{").append(Integer.toHexString(c)).append('}'));
		return set.append("])").toString();
	}

	static TitleVocabulary load() {
		return new TitleVocabulary(WordList.load("title-heads.txt"), WordList.load("ranks.txt"),
				WordList.load("chain-verbs.txt"), WordList.load("verbs-in-names.txt"), WordList.load("honorifics.txt"));
	}

	/** Whether an honorific ends right where a name starts at {@code to}. */
	boolean honorificRightBefore(String text, int floor, int to) {
		return honorificStart(text, floor, to) >= 0;
	}

	/**
	 * Where an honorific ending right where a name starts at {@code to} starts, or -1.
	 */
	int honorificStart(String text, int floor, int to) {
		// honorifics are short: a window before the name is enough
		Matcher m = this.honorificBefore.matcher(text)
			.region(Math.max(floor, to - HONORIFIC_REACH), to)
			.useTransparentBounds(true);
		return m.find() ? m.start() : -1;
	}

	/** The title heads of the text, tried only where one of their words starts. */
	StartingAt heads(String text) {
		return new StartingAt(this.head, text, 0, this.headStarts, LookBehind.LETTER_OR_MARK);
	}

	/** Where the last chain-ending verb of the text starts, or -1. */
	int lastVerbAt(String text) {
		StartingAt verbs = verbs(text, 0);
		int last = -1;
		while (verbs.find()) {
			if (verbs.matcher().group("name") == null) {
				last = verbs.matcher().start();
			}
		}
		return last;
	}

	/** Where the first chain-ending verb in {@code [from, limit)} starts, or -1. */
	int verbAt(String text, int from, int limit) {
		// a body's name may start before the region ("Trưởng ban| chỉ đạo")
		StartingAt verbs = verbs(text, Math.max(0, from - NAME_REACH)).until(limit);
		while (verbs.find()) {
			Matcher m = verbs.matcher();
			if (m.group("name") == null && m.start() >= from) {
				return m.start();
			}
		}
		return -1;
	}

	/** The verbs from {@code from} on, tried only where one starts. */
	private StartingAt verbs(String text, int from) {
		return new StartingAt(this.verb, text, from, this.verbStarts, LookBehind.LETTER_OR_MARK);
	}

	/** The pattern {@link #verbAt} and {@link #lastVerbAt} try, for their tests. */
	Pattern verb() {
		return this.verb;
	}

}
