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
 * between. A post is worded by {@link PostWording}; the posts a decision takes before the
 * name ("… đối với đồng chí A") are {@link DecisionTargetPosts}'.
 */
final class AppointedTitle {

	private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private static final String WORD_END = "(?![\\p{L}\\p{M}])";

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
	 * A place alone between the chain and the appointing verb ("…, tỉnh Quảng Ninh, hiện
	 * đang là").
	 */
	private final Pattern place;

	private final TitleChainReader chains;

	private final PostWording wording;

	AppointedTitle(TitleVocabulary words, TitleChainReader chains, PostWording wording) {
		this.chains = chains;
		this.wording = wording;
		this.place = BodyNameComma.placeOnly(WordList.load("place-units.txt"));
		String term = WordList.load("term-words.txt").alternation() + "\\s+\\d{4}(?:\\s*[-–]\\s*\\d{4})?";
		this.appointing = Pattern
			.compile(WordList.load("appointing-verbs.txt").alternation() + "\\s+(?=" + words.head.pattern() + ")", CI);
		this.link = Pattern
			.compile("(?:" + WordList.load("appointment-links.txt").alternation() + "|" + term + ")" + WORD_END, CI);
		this.chairPhrase = Pattern.compile(WordList.load("chair-verbs.txt").alternation() + WORD_END, CI);
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
				chain.titles().stream().map(this.wording::of).filter((p) -> !p.isEmpty()).forEach(posts::add);
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

	/** A sentence's end, not an abbreviation's dot. */
	static boolean isSentenceEnd(String text, int i) {
		char c = text.charAt(i);
		return SENTENCE_ENDS.indexOf(c) >= 0 && !(c == '.' && Words.isAbbreviationDot(text, i));
	}

}
