package vn.newsarchive.importer.person;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.newsarchive.kernel.WordList;

/**
 * The posts a decision takes from (or gives to) the persons it names "đối với", read
 * before the name: "cho thôi giữ chức vụ X, Y … đối với đồng chí A", "kỷ luật cách chức X
 * … đối với: ông A, ông B và bà C". Each removing verb names its own posts up to the next
 * verb, and posts before an earlier "đối với" in the sentence are that person's.
 */
final class DecisionTargetPosts {

	private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	/** Longer than "đối với các đồng chí " with spaces. */
	private static final int TARGET_REACH = 40;

	/** Room for a list of a dozen names after "đối với:". */
	private static final int LIST_REACH = 400;

	/** How many words a title before a listed name may have after its head. */
	private static final int TITLE_WORDS = 10;

	/** A name in a list: two to five capitalised syllables. */
	private static final String LISTED_NAME = "(?-i:\\p{Lu}[\\p{L}\\p{M}]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*){1,4})";

	/**
	 * A verb that removes or gives the posts after it, within a sentence ("cách chức",
	 * "xóa tư cách", "phê chuẩn kết quả bầu").
	 */
	private final Pattern removing;

	/** A removing or approving verb before a colon that lists the decision's items. */
	private final Pattern listedVerb;

	/** "đối với" anywhere: a decision's posts before it belong to its own target. */
	private final Pattern anyTarget;

	/** "đối với" and an honorific right before a name. */
	private final Pattern target;

	/**
	 * "đối với:" and the names listed before this one ("đối với: Ông A, ông B và bà C"):
	 * each name of the list is the decision's target (session 15), also with a title
	 * before it (session 18).
	 */
	private final Pattern listTarget;

	private final TitleChainReader chains;

	private final PostWording wording;

	DecisionTargetPosts(TitleVocabulary words, TitleChainReader chains, PostWording wording) {
		this.chains = chains;
		this.wording = wording;
		this.removing = Pattern.compile(
				"(?<![\\p{L}\\p{M}])(?:" + WordList.load("removing-verbs.txt").alternation() + "|"
						+ WordList.load("approving-verbs.txt").alternation() + ")\\s+(?=" + words.head.pattern() + ")",
				CI);
		this.listedVerb = Pattern.compile("(?<![\\p{L}\\p{M}])(?:" + WordList.load("removing-verbs.txt").alternation()
				+ "|" + WordList.load("approving-verbs.txt").alternation() + ")\\s*:", CI);
		this.anyTarget = Pattern.compile(
				"(?<![\\p{L}\\p{M}])" + WordList.load("decision-targets.txt").alternation() + "(?![\\p{L}\\p{M}])", CI);
		this.target = Pattern.compile("(?<![\\p{L}\\p{M}])" + WordList.load("decision-targets.txt").alternation()
				+ "\\s+(?:" + WordList.load("honorifics.txt").alternation() + "\\s+)?$", CI);
		String honorific = "(?:" + WordList.load("honorifics.txt").alternation() + "\\s+)?";
		// a title may stand before each name ("đối với nguyên Giám đốc Sở X A và Phó
		// Giám đốc Y B", session 18); each listed name is read once (an atomic group), as
		// the split between a title and a name could otherwise be tried every way for
		// every name of a long list
		String titleBefore = "(?:" + words.head.pattern() + "(?:\\s+[^\\s,.;:()]+){0," + TITLE_WORDS + "}?\\s+)?";
		this.listTarget = Pattern.compile("(?<![\\p{L}\\p{M}])" + WordList.load("decision-targets.txt").alternation()
				+ "\\s*:?\\s+(?>" + honorific + titleBefore + LISTED_NAME + "(?:\\s*,|\\s+và)\\s+){0,12}" + honorific
				+ titleBefore + "$", CI);
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
			if (AppointedTitle.isSentenceEnd(text, i)) {
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
		if (verbs.isEmpty() && continuesListedDecision(text, sentenceStart)) {
			// "phê chuẩn kết quả bầu: X đối với ông A …; Y đối với bà B": the item's post
			// is read from where the item starts
			int start = sentenceStart;
			while (start < target.start() && Character.isWhitespace(text.charAt(start))) {
				start++;
			}
			verbs.add(new int[] { start, start });
		}
		List<String> posts = new ArrayList<>();
		for (int i = 0; i < verbs.size(); i++) {
			int limit = (i + 1 < verbs.size()) ? verbs.get(i + 1)[0] : target.start();
			this.chains.at(text, verbs.get(i)[1], limit, false)
				.titles()
				.stream()
				.map(this.wording::of)
				.filter((p) -> !p.isEmpty())
				.forEach(posts::add);
		}
		return List.copyOf(posts);
	}

	/**
	 * Whether the clause starting at {@code clauseStart} is an item of a decision listed
	 * after a colon or a semicolon, the decision's verb earlier in the same sentence
	 * (session 16).
	 */
	private boolean continuesListedDecision(String text, int clauseStart) {
		if (clauseStart == 0 || ";:".indexOf(text.charAt(clauseStart - 1)) < 0) {
			return false;
		}
		int sentenceStart = Math.max(0, clauseStart - LIST_REACH);
		for (int i = clauseStart - 2; i >= sentenceStart; i--) {
			if (text.charAt(i) == '.' && !Words.isAbbreviationDot(text, i)) {
				sentenceStart = i + 1;
				break;
			}
		}
		return this.listedVerb.matcher(text).region(sentenceStart, clauseStart).find();
	}

}
