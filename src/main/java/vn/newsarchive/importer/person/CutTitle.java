package vn.newsarchive.importer.person;

import java.util.regex.Pattern;

import vn.newsarchive.kernel.WordList;

/**
 * A title cut short where its passage breaks off: it ends the passage (or stands before
 * the ellipsis that ends it) with a kind of body whose name is missing ("…, nguyên Trưởng
 * ban liên lạc hội" at an excerpt's end, {@code cut-title-ends.txt}). Session 19.
 */
final class CutTitle {

	private static final Pattern ELLIPSIS_TO_END = Pattern.compile("\\s*(?:…|\\.{2,})?\\s*");

	private final Pattern cutEnd;

	CutTitle() {
		this.cutEnd = Pattern.compile("(?<![\\p{L}\\p{M}])" + WordList.load("cut-title-ends.txt").alternation() + "$");
	}

	/**
	 * Whether the title {@code title}, ending at {@code end} in {@code text}, was cut.
	 */
	boolean isCut(String text, String title, int end) {
		return ELLIPSIS_TO_END.matcher(text).region(end, text.length()).matches() && this.cutEnd.matcher(title).find();
	}

}
