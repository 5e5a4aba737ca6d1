package vn.newsarchive.importer.person;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.newsarchive.kernel.WordList;

/**
 * The title a name is elected to when an election verb follows the name ("Ông A tái đắc
 * cử Bí thư Tỉnh ủy X ngày 3/10", "bà B (SN 1970) được bầu giữ chức Chủ tịch UBND tỉnh"),
 * also in a relative clause ("đồng chí C, người vừa đắc cử chức Bí thư Tỉnh ủy"): the
 * sentence says what the person now is. Since session 15 also after the title chain, past
 * its comma or closing dash ("A, Chính ủy, được bầu giữ chức Y", "B - X - đã được tín
 * nhiệm bầu giữ chức Y"): the person holds Y from the election on (session 10 had kept
 * the chain alone). Only a past election counts: "sẽ được bầu" matches no verb here.
 */
final class ElectedTitle {

	private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	/**
	 * The electing body between "được" and the words that give the post ("được Ban Chấp
	 * hành Tỉnh đoàn khóa XV tín nhiệm bầu giữ chức vụ …", session 17): a few words with
	 * no punctuation and none that puts the election later ("để HĐND bầu làm").
	 */
	private static final String BODY = "(?:(?!(?:" + WordList.load("election-not-yet.txt").alternation()
			+ ")\\s)[^\\s,.;:()]+\\s+){1,12}?";

	/** An election verb right after the name, after an aside in parentheses if any. */
	private final Pattern opening;

	/** A date closing the title ("… Bình Phước ngày 3/10"). */
	private final Pattern dateAfter;

	private final TitleChainReader chains;

	ElectedTitle(TitleChainReader chains) {
		this.chains = chains;
		// a term after the chain's last title ("…, đại biểu HĐND huyện khóa XX, nhiệm kỳ
		// 2021 - 2026 được bầu giữ chức vụ Y", session 18) says when that title is held
		String term = "(?:,\\s*" + WordList.load("term-words.txt").alternation()
				+ "\\s+\\d{4}(?:\\s*[-–]\\s*\\d{2,4})?\\s*)?";
		this.opening = Pattern.compile("\\s*" + term + "(?:\\([^()]{0,80}\\)\\s*)?(?:[-–]\\s*)?(?:,\\s*"
				+ WordList.load("relative-openers.txt").alternation() + "\\s+)?(?:,\\s*)?(?:"
				+ WordList.load("birth-words.txt").alternation() + "\\s+\\d[\\d/.\\-]*\\s+)?(?:"
				+ WordList.load("election-adverbs.txt").alternation() + "\\s+)?(?:"
				+ WordList.load("election-verbs.txt").alternation() + "|được\\s+" + BODY + "(?:"
				+ WordList.load("election-by-body.txt").alternation() + "))(?:\\s+chức)?(?:\\s+vụ)?\\s+", CI);
		this.dateAfter = Pattern.compile("\\s+" + WordList.load("date-words.txt").alternation() + "\\s+\\d.*$",
				CI | Pattern.DOTALL);
	}

	/** The elected title after a name ending at {@code from}, or none. */
	List<String> after(String text, int from, int limit) {
		Matcher verb = this.opening.matcher(text).region(from, limit);
		if (!verb.lookingAt()) {
			return List.of();
		}
		String title = this.chains.titleAt(text, verb.end(), limit);
		if (title == null) {
			return List.of();
		}
		title = this.dateAfter.matcher(title).replaceFirst("");
		return title.isEmpty() ? List.of() : List.of(title);
	}

}
