package vn.newsarchive.importer.person;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.newsarchive.kernel.VietnameseText;

/**
 * Titles of one person gathered from several places, each once, the fullest wording kept.
 */
final class TitleSet {

	private static final Pattern MINISTRY = Pattern.compile("^((?:Phó |Quyền )?(?:Bộ|Thứ) trưởng) Bộ ",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private TitleSet() {
	}

	/**
	 * {@code first} then what {@code more} adds: a title already held, or a shorter form
	 * of one ("Bộ trưởng" beside "Bộ trưởng Bộ Ngoại giao"), is not added again; a fuller
	 * form replaces the shorter one in place.
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
			else if (key.length() > keys.get(held).length()) {
				titles.set(held, title);
				keys.set(held, key);
			}
		}
		return List.copyOf(titles);
	}

	/**
	 * Equal for the ways one title is written: a ministry with or without its "Bộ" ("Bộ
	 * trưởng Bộ Ngoại giao", "Bộ trưởng Ngoại giao").
	 */
	private static String key(String title) {
		return VietnameseText.key(MINISTRY.matcher(title).replaceFirst("$1 "));
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
