package vn.newsarchive.importer.person;

import java.util.List;

/**
 * A title, then "là", then the person who holds it: "Bộ trưởng Bộ Quốc phòng là Đại tướng
 * A, Chủ nhiệm Tổng cục Chính trị là Thượng tướng B". The title is the name's after "là"
 * (the chain after A stops before it, {@link TitleVocabulary#isBeforeName}).
 */
final class TitleBeforeIs {

	/** Longer than " là các đồng chí Thượng tướng " before a name. */
	private static final int REACH = 40;

	private static final String BOUNDARIES = ",;:.()[]\"“”!?…\n";

	private final TitleVocabulary words;

	private final TitleChainReader chains;

	TitleBeforeIs(TitleVocabulary words, TitleChainReader chains) {
		this.words = words;
		this.chains = chains;
	}

	/**
	 * The title before "là" in front of the name starting at {@code nameStart}, read
	 * after {@code floor}; none when the words before "là" are no title.
	 */
	List<String> before(String text, int nameStart, int floor) {
		int is = text.lastIndexOf("là", nameStart);
		while (is >= Math.max(floor, nameStart - REACH)) {
			if ((is == 0 || Character.isWhitespace(text.charAt(is - 1)))
					&& this.words.isBeforeName(text, is - 1, nameStart)) {
				return titleEndingAt(text, is - 1, floor);
			}
			is = text.lastIndexOf("là", is - 1);
		}
		return List.of();
	}

	private List<String> titleEndingAt(String text, int end, int floor) {
		int start = end;
		while (start > floor && BOUNDARIES.indexOf(text.charAt(start - 1)) < 0) {
			start--;
		}
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		String title = this.chains.titleAt(text, start, end + 1);
		// the whole stretch before "là" must be the title: "Người kế nhiệm ông A là ông
		// B"
		// holds no title, and "A đã được bầu, Phó Bí thư là ông B" only one piece
		return (title != null && start + title.length() >= end - 1) ? List.of(title) : List.of();
	}

}
