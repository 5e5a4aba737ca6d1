package vn.newsarchive.importer.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import vn.newsarchive.kernel.VietnameseText;
import vn.newsarchive.kernel.WordList;

/**
 * Titles of one person gathered from several places, each once, the fullest wording kept.
 */
final class TitleSet {

	private static final Pattern MINISTRY = Pattern.compile("^((?:Phó |Quyền )?(?:Bộ|Thứ) trưởng) Bộ ",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/**
	 * "tân" (newly appointed) before a post: "tân Giám đốc …" and "Giám đốc …" are one
	 * post, kept plain (session 15).
	 */
	private static final Pattern NEW = Pattern.compile("^tân\\s+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final int MAX_CACHED = 20_000;

	/**
	 * The key of each full wording (" mặt trận tổ quốc ") and of its short form (" mttq
	 * "), spaces around so that only whole words are replaced.
	 */
	private static final List<String[]> WORDINGS = WordList.load("title-wordings.txt")
		.entries()
		.stream()
		.map((line) -> line.split("\\s*=\\s*", 2))
		.map((pair) -> new String[] { " " + VietnameseText.key(pair[1]) + " ",
				" " + VietnameseText.key(pair[0]) + " " })
		.toList();

	/**
	 * Keys of titles already seen: an article merges the same few titles once per
	 * mention, and each key is a regex and two normalisations.
	 */
	private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

	private TitleSet() {
	}

	/**
	 * {@code first} then what {@code more} adds: a title already held, or a shorter form
	 * of one ("Bộ trưởng" beside "Bộ trưởng Bộ Ngoại giao"), is not added again; a fuller
	 * form replaces the shorter one in place, as a full wording replaces an abbreviated
	 * one ("Ủy ban Mặt trận Tổ quốc" for "Ủy ban MTTQ").
	 */
	static List<String> merge(List<String> first, List<String> more) {
		if (more.isEmpty() || first.containsAll(more)) {
			return first;
		}
		List<String> titles = new ArrayList<>(first);
		List<String> keys = new ArrayList<>(first.stream().map(TitleSet::key).toList());
		for (String title : more) {
			String key = key(title);
			int held = indexOfRelated(keys, key);
			if (held < 0) {
				titles.add(title);
				keys.add(key);
			}
			else if (key.length() > keys.get(held).length()
					|| key.equals(keys.get(held)) && fullness(title) > fullness(titles.get(held))) {
				titles.set(held, title);
				keys.set(held, key);
			}
		}
		return List.copyOf(titles);
	}

	/**
	 * The titles without a leading "tân" (newly appointed): the post is the same before
	 * and after the appointment settles, and a person's tenures count one post once.
	 */
	static List<String> plain(List<String> titles) {
		if (titles.stream().noneMatch((title) -> NEW.matcher(title).lookingAt())) {
			return titles;
		}
		return titles.stream().map((title) -> NEW.matcher(title).replaceFirst("")).distinct().toList();
	}

	/** Of one title's wordings, the longer, and the plain one before "tân …". */
	private static int fullness(String title) {
		return NEW.matcher(title).lookingAt() ? -1 : title.length();
	}

	/**
	 * Equal for the ways one title is written: a ministry with or without its "Bộ" ("Bộ
	 * trưởng Bộ Ngoại giao", "Bộ trưởng Ngoại giao"), an abbreviation or its full form
	 * ({@code title-wordings.txt}), with or without "tân".
	 */
	private static String key(String title) {
		String key = KEYS.get(title);
		if (key == null) {
			String plain = NEW.matcher(title).replaceFirst("");
			key = shortWording(VietnameseText.key(MINISTRY.matcher(plain).replaceFirst("$1 ")));
			if (KEYS.size() < MAX_CACHED) {
				KEYS.put(title, key);
			}
		}
		return key;
	}

	private static String shortWording(String key) {
		String padded = " " + key + " ";
		for (String[] wording : WORDINGS) {
			padded = padded.replace(wording[0], wording[1]);
		}
		return padded.substring(1, padded.length() - 1);
	}

	private static int indexOfRelated(List<String> keys, String key) {
		for (int i = 0; i < keys.size(); i++) {
			if (keys.get(i).startsWith(key) || key.startsWith(keys.get(i))) {
				return i;
			}
		}
		return -1;
	}

}
