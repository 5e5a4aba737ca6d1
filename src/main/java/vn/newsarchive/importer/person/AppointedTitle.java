package vn.newsarchive.importer.person;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.newsarchive.kernel.WordList;

/**
 * Posts given or taken by an appointment sentence, which are the person's as a title
 * chain is. After the name and its chain: "A, X giữ chức Y", "A thôi giữ chức Y, giữ chức
 * vụ Z", "A, X, được điều động, chỉ định tham gia Ban Chấp hành … và giữ chức Y", "A, X
 * làm Y", with only linking words ({@code appointment-links.txt}) and bodies' names
 * between. Before the name: the posts a decision takes "đối với" him ("cho thôi chức vụ
 * X, Y … đối với đồng chí A"). A post ends before its term ("nhiệm kỳ 2025 - 2030"), a
 * date, or a "và"/"để" that no title follows.
 */
final class AppointedTitle {

	private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private static final String WORD_END = "(?![\\p{L}\\p{M}])";

	/** Longer than "đối với các đồng chí " with spaces. */
	private static final int TARGET_REACH = 40;

	/** Room for a list of a dozen names after "đối với:". */
	private static final int LIST_REACH = 400;

	/** A name in a list: two to five capitalised syllables. */
	private static final String LISTED_NAME = "(?-i:\\p{Lu}[\\p{L}\\p{M}]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*){1,4})";

	private static final String SENTENCE_ENDS = ".;:!?…";

	/**
	 * "để" (so that) and an election still to be held: "giới thiệu ông A, X để HĐND huyện
	 * bầu làm Chủ tịch UBND huyện" gives A no post.
	 */
	private static final Pattern ELECTION_TO_COME = Pattern.compile("để\\s+(?:[^,.;:]{0,40}?\\s)?bầu" + WORD_END,
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** An appointing verb at a word start, and the title head right after it. */
	private final Pattern appointing;

	/** A linking word, or a term ("nhiệm kỳ 2020 - 2025"), at a word start. */
	private final Pattern link;

	/** A chair phrase: "làm Trưởng đoàn" leads the event, it is no post. */
	private final Pattern chairPhrase;

	/**
	 * A verb that removes or gives the posts after it, within a sentence ("cách chức",
	 * "xóa tư cách", "phê chuẩn kết quả bầu").
	 */
	private final Pattern removing;

	/** "đối với" anywhere: a decision's posts before it belong to its own target. */
	private final Pattern anyTarget;

	/** "đối với" and an honorific right before a name. */
	private final Pattern target;

	/**
	 * "đối với:" and the names listed before this one ("đối với: Ông A, ông B và bà C"):
	 * each name of the list is the decision's target (session 15).
	 */
	private final Pattern listTarget;

	/**
	 * What ends a post given by an appointment: a term, a date, "và"/"để" with no title.
	 */
	private final List<Pattern> postEnds;

	/**
	 * A place alone between the chain and the appointing verb ("…, tỉnh Quảng Ninh, hiện
	 * đang là").
	 */
	private final Pattern place;

	private final TitleChainReader chains;

	AppointedTitle(TitleVocabulary words, TitleChainReader chains) {
		this.chains = chains;
		this.place = BodyNameComma.placeOnly(WordList.load("place-units.txt"));
		String term = WordList.load("term-words.txt").alternation() + "\\s+\\d{4}(?:\\s*[-–]\\s*\\d{4})?";
		this.appointing = Pattern
			.compile(WordList.load("appointing-verbs.txt").alternation() + "\\s+(?=" + words.head.pattern() + ")", CI);
		this.link = Pattern
			.compile("(?:" + WordList.load("appointment-links.txt").alternation() + "|" + term + ")" + WORD_END, CI);
		this.chairPhrase = Pattern.compile(WordList.load("chair-verbs.txt").alternation() + WORD_END, CI);
		this.removing = Pattern.compile(
				"(?<![\\p{L}\\p{M}])(?:" + WordList.load("removing-verbs.txt").alternation() + "|"
						+ WordList.load("approving-verbs.txt").alternation() + ")\\s+(?=" + words.head.pattern() + ")",
				CI);
		this.anyTarget = Pattern.compile(
				"(?<![\\p{L}\\p{M}])" + WordList.load("decision-targets.txt").alternation() + "(?![\\p{L}\\p{M}])", CI);
		this.target = Pattern.compile("(?<![\\p{L}\\p{M}])" + WordList.load("decision-targets.txt").alternation()
				+ "\\s+(?:" + WordList.load("honorifics.txt").alternation() + "\\s+)?$", CI);
		String honorific = "(?:" + WordList.load("honorifics.txt").alternation() + "\\s+)?";
		this.listTarget = Pattern.compile("(?<![\\p{L}\\p{M}])" + WordList.load("decision-targets.txt").alternation()
				+ "\\s*:?\\s+(?:" + honorific + LISTED_NAME + "(?:\\s*,|\\s+và)\\s+){0,12}" + honorific + "$", CI);
		this.postEnds = List.of(Pattern.compile("[\\s,]+" + term + ".*$", CI | Pattern.DOTALL),
				Pattern.compile("\\s+" + WordList.load("date-words.txt").alternation() + "\\s+\\d.*$",
						CI | Pattern.DOTALL),
				Pattern.compile("(?:\\s+" + WordList.load("appointment-title-ends.txt").alternation() + WORD_END
						+ ")+(?:\\s+(?!" + words.head.pattern() + ")(?-i:\\p{Ll}).*)?$", CI | Pattern.DOTALL));
	}

	/**
	 * The posts given or taken after a name whose chain ends at {@code from}, up to the
	 * next name at {@code limit} or the sentence's end; the chain's end is where the last
	 * post read ends.
	 */
	TitleChain after(String text, int from, int limit) {
		List<String> posts = new ArrayList<>();
		int pos = from;
		int end = from;
		boolean afterLink = false;
		while (true) {
			pos = skipSeparators(text, pos, limit);
			if (pos >= limit || isSentenceEnd(text, pos)) {
				break;
			}
			int aside = asideEnd(text, pos, limit);
			if (aside > pos) {
				// "bổ nhiệm Đại tá A (52 tuổi, quê …) giữ chức vụ X"
				pos = aside;
				continue;
			}
			Matcher verb = this.appointing.matcher(text).region(pos, limit);
			if (verb.lookingAt() && !this.chairPhrase.matcher(text).region(pos, limit).lookingAt()) {
				TitleChain chain = this.chains.at(text, verb.end(), limit, true);
				if (chain.titles().isEmpty()) {
					break;
				}
				chain.titles().stream().map(this::post).filter((p) -> !p.isEmpty()).forEach(posts::add);
				pos = chain.end();
				end = pos;
				afterLink = false;
				continue;
			}
			Matcher word = this.link.matcher(text).region(pos, limit);
			if (word.lookingAt() && ELECTION_TO_COME.matcher(text).region(pos, limit).lookingAt()) {
				break;
			}
			if (word.lookingAt()) {
				pos = word.end();
				afterLink = true;
			}
			else if (isPlace(text, pos, limit)) {
				pos = bodyNameEnd(text, pos, limit);
			}
			else if (afterLink && Character.isUpperCase(text.charAt(pos))) {
				// a body's name after a linking word: "tham gia Ban Thường vụ Tỉnh ủy",
				// "được
				// Bộ Chính trị quyết định cho"
				pos = bodyNameEnd(text, pos, limit);
			}
			else {
				break;
			}
		}
		return new TitleChain(List.copyOf(posts), end);
	}

	/**
	 * The posts a decision takes from the name starting at {@code nameStart} ("cho thôi
	 * giữ chức X, Y … đối với ông A"), read in its sentence after {@code floor}.
	 */
	List<String> before(String text, int nameStart, int floor) {
		// "đối với" and an honorific are short: a window before the name is enough
		Matcher target = this.target.matcher(text)
			.region(Math.max(floor, nameStart - TARGET_REACH), nameStart)
			.useTransparentBounds(true);
		int low = floor;
		if (!target.find()) {
			// the names listed before this one are the decision's targets too, so the
			// list reaches back past them
			low = Math.max(0, nameStart - LIST_REACH);
			target = this.listTarget.matcher(text).region(low, nameStart).useTransparentBounds(true);
			if (!target.find()) {
				return List.of();
			}
		}
		int sentenceStart = low;
		for (int i = target.start() - 1; i >= low; i--) {
			if (isSentenceEnd(text, i)) {
				sentenceStart = i + 1;
				break;
			}
		}
		// posts named before an earlier "đối với" in the sentence are that person's
		Matcher earlier = this.anyTarget.matcher(text).region(sentenceStart, target.start());
		while (earlier.find()) {
			sentenceStart = earlier.end();
		}
		// each verb names its own posts, up to the next verb: "cách chức X … và xóa tư
		// cách Y … đối với ông A"
		List<int[]> verbs = new ArrayList<>();
		Matcher verb = this.removing.matcher(text).region(sentenceStart, target.start());
		while (verb.find()) {
			verbs.add(new int[] { verb.start(), verb.end() });
		}
		List<String> posts = new ArrayList<>();
		for (int i = 0; i < verbs.size(); i++) {
			int limit = (i + 1 < verbs.size()) ? verbs.get(i + 1)[0] : target.start();
			this.chains.at(text, verbs.get(i)[1], limit, false)
				.titles()
				.stream()
				.map(this::post)
				.filter((p) -> !p.isEmpty())
				.forEach(posts::add);
		}
		return List.copyOf(posts);
	}

	private String post(String title) {
		String post = title;
		for (Pattern end : this.postEnds) {
			post = end.matcher(post).replaceFirst("");
		}
		return post.strip();
	}

	private boolean isPlace(String text, int from, int limit) {
		int comma = text.indexOf(',', from);
		return comma > from && comma < limit && this.place.matcher(text).region(from, comma).matches();
	}

	private int bodyNameEnd(String text, int from, int limit) {
		int pos = from;
		while (pos < limit) {
			char c = text.charAt(pos);
			if (c == ',' || isSentenceEnd(text, pos)) {
				return pos;
			}
			if (Character.isWhitespace(c)) {
				int next = skipSeparators(text, pos, limit);
				if (next < limit && (this.link.matcher(text).region(next, limit).lookingAt()
						|| this.appointing.matcher(text).region(next, limit).lookingAt())) {
					return next;
				}
			}
			pos++;
		}
		return pos;
	}

	/** The end of an aside in parentheses opening at {@code from}, else {@code from}. */
	private static int asideEnd(String text, int from, int limit) {
		if (text.charAt(from) != '(') {
			return from;
		}
		for (int i = from + 1; i < Math.min(limit, from + 80); i++) {
			char c = text.charAt(i);
			if (c == '(') {
				return from;
			}
			if (c == ')') {
				return i + 1;
			}
		}
		return from;
	}

	private static int skipSeparators(String text, int from, int limit) {
		int pos = from;
		while (pos < limit && (Character.isWhitespace(text.charAt(pos)) || ",-–".indexOf(text.charAt(pos)) >= 0)) {
			pos++;
		}
		return pos;
	}

	private static boolean isSentenceEnd(String text, int i) {
		char c = text.charAt(i);
		return SENTENCE_ENDS.indexOf(c) >= 0 && !(c == '.' && Words.isAbbreviationDot(text, i));
	}

}
