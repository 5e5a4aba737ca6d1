package vn.newsarchive.importer.eventdate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of a pattern in a text, tried only at the characters its first element can
 * match. A pattern that opens with a look-behind gives {@link Matcher#find()} nothing to
 * skip by, so it is tried at every position of every text; these patterns run over whole
 * articles. Tried at those characters only, it finds the same matches in the same order:
 * each match is the leftmost one, and the search goes on from its end.
 */
final class StartingAt {

	private final Matcher matcher;

	private final String text;

	private final String starts;

	private int next;

	/**
	 * @param starts every character a match can begin with (a match that begins with any
	 * other is never found)
	 */
	StartingAt(Pattern pattern, String text, int from, String starts) {
		this.matcher = pattern.matcher(text).useTransparentBounds(true);
		this.text = text;
		this.starts = starts;
		this.next = from;
	}

	/** Whether there is a next match; {@link #matcher()} then holds it. */
	boolean find() {
		for (int i = this.next; i < this.text.length(); i++) {
			if (this.starts.indexOf(this.text.charAt(i)) >= 0) {
				this.matcher.region(i, this.text.length());
				if (this.matcher.lookingAt()) {
					this.next = Math.max(this.matcher.end(), i + 1);
					return true;
				}
			}
		}
		this.next = this.text.length();
		return false;
	}

	Matcher matcher() {
		return this.matcher;
	}

}
