package vn.newsarchive.importer.segment;

/** What a line looks like, regardless of what it says. */
final class TextShape {

	private TextShape() {
	}

	static int words(String text) {
		int words = 0;
		boolean inWord = false;
		for (int i = 0; i < text.length(); i++) {
			boolean space = text.charAt(i) == ' ';
			if (!space && !inWord) {
				words++;
			}
			inWord = !space;
		}
		return words;
	}

	/**
	 * Ends like a sentence, a quote, a bracket or a list item: a paragraph may end here.
	 */
	static boolean endsClause(String text) {
		if (text.isEmpty()) {
			return true;
		}
		char last = text.charAt(text.length() - 1);
		return ".!?…;:”\")]»'".indexOf(last) >= 0;
	}

	/**
	 * Ends like a sentence or a closing quote (in hard-wrapped text only these end a
	 * paragraph).
	 */
	static boolean endsSentence(String text) {
		if (text.isEmpty()) {
			return true;
		}
		char last = text.charAt(text.length() - 1);
		return ".!?…”\")".indexOf(last) >= 0;
	}

	/** A teaser summary cut short by the site: it ends with "..." or "…". */
	static boolean isTruncated(String text) {
		return text.endsWith("...") || text.endsWith("…");
	}

	/**
	 * Shaped like a headline: four to forty words, starts with a capital, a digit or a
	 * quote, and does not end like a sentence or a clause (a question or exclamation
	 * may).
	 */
	static boolean isTitleLike(String text) {
		if (text.length() > 220 || text.isEmpty()) {
			return false;
		}
		int words = words(text);
		if (words < 4 || words > 50) {
			return false;
		}
		char first = text.charAt(0);
		if (!(Character.isUpperCase(first) || Character.isDigit(first) || "\"“'‘".indexOf(first) >= 0)) {
			return false;
		}
		char last = text.charAt(text.length() - 1);
		return ".,;:…".indexOf(last) < 0;
	}

	static boolean startsLowerCase(String text) {
		return !text.isEmpty() && Character.isLowerCase(text.charAt(0));
	}

}
