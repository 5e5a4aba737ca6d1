package vn.newsarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The words of a text folded as the index folds them ({@link VietnameseAnalysis#folded}),
 * with their offsets in the text, read by a plain scan: running the analyzer over each
 * hit's whole body was half the time of a search. Words of the letters Vietnamese is
 * written in (precomposed, as the archive stores text) are folded by a table, one
 * character for one; any other word (another script, combining marks) goes through the
 * analyzer itself, so the result is the analyzer's. {@code FoldedWordsTests} holds the
 * two to the same words and offsets on real articles.
 */
final class FoldedWords {

	private static final Analyzer FOLDED = VietnameseAnalysis.folded();

	/**
	 * The folded letter of each character below U+2000, or 0 where the table cannot tell.
	 */
	private static final char[] FOLD = new char[0x2000];

	static {
		for (char c = 0; c < FOLD.length; c++) {
			FOLD[c] = fold(c);
		}
	}

	private FoldedWords() {
	}

	/** A word of a text, folded, where it stands in the original, and its ordinal. */
	record Word(String word, int start, int end, int position) {
	}

	static List<Word> of(String text) {
		return new Scan(null).of(text);
	}

	/**
	 * Only the words of a text that are among {@code wanted} (folded), with the same
	 * offsets and ordinals as {@link #of} gives them: snippets look for a few words in
	 * long bodies, and most of a body's words need never become strings.
	 */
	static List<Word> among(String text, Set<String> wanted) {
		return new Scan(wanted).of(text);
	}

	/** One scan of one text: the words kept so far and the ordinal of the next. */
	private static final class Scan {

		private final Set<String> wanted;

		/** The lengths of the wanted words, so that other words are not even built. */
		private final BitSet lengths = new BitSet();

		private final List<Word> words = new ArrayList<>();

		private int position;

		Scan(Set<String> wanted) {
			this.wanted = wanted;
			if (wanted != null) {
				wanted.forEach((word) -> this.lengths.set(word.length()));
			}
		}

		List<Word> of(String text) {
			int i = 0;
			int length = text.length();
			while (i < length) {
				if (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i))) {
					i++;
					continue;
				}
				int start = i;
				while (i < length && !Character.isWhitespace(text.charAt(i))
						&& !Character.isSpaceChar(text.charAt(i))) {
					i++;
				}
				if (isPlain(text, start, i)) {
					split(text, start, i);
				}
				else {
					analyze(text, start, i);
				}
			}
			return this.words;
		}

		/** A plain run: its words are its runs of letters and digits. */
		private void split(String text, int start, int end) {
			int i = start;
			while (i < end) {
				if (!Character.isLetterOrDigit(text.charAt(i))) {
					i++;
					continue;
				}
				int wordStart = i;
				while (i < end && Character.isLetterOrDigit(text.charAt(i))) {
					i++;
				}
				add(text, wordStart, i);
			}
		}

		private void add(String text, int start, int end) {
			boolean skip = this.wanted != null && !this.lengths.get(end - start);
			char[] folded = skip ? null : new char[end - start];
			for (int i = start; i < end; i++) {
				char c = text.charAt(i);
				char f = (c < FOLD.length) ? FOLD[c] : 0;
				if (f == 0) {
					analyze(text, start, end);
					return;
				}
				if (!skip) {
					folded[i - start] = f;
				}
			}
			keep(skip ? null : new String(folded), start, end);
		}

		private void keep(String word, int start, int end) {
			if (word != null && (this.wanted == null || this.wanted.contains(word))) {
				this.words.add(new Word(word, start, end, this.position));
			}
			this.position++;
		}

		/** Text the table cannot fold or split: the analyzer's words for it. */
		private void analyze(String text, int start, int end) {
			try (TokenStream stream = FOLDED.tokenStream("snippet", text.substring(start, end))) {
				CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
				OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
				stream.reset();
				while (stream.incrementToken()) {
					keep(term.toString(), start + offset.startOffset(), start + offset.endOffset());
				}
				stream.end();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/**
	 * Whether a run of text between spaces splits into words at every character that is
	 * no letter or digit. Not when a dot, colon or apostrophe stands between two letters
	 * or digits ({@code TP.HCM}, {@code 1.000}), a comma or semicolon between digits, or
	 * the run holds an underscore, a combining mark or an invisible format character: the
	 * analyzer joins or reads those its own way, so it reads that run.
	 */
	private static boolean isPlain(String text, int start, int end) {
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			int type = Character.getType(c);
			if (c == '_' || type == Character.NON_SPACING_MARK || type == Character.FORMAT
					|| type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK
					|| Character.isSurrogate(c)) {
				return false;
			}
			if (i > start && i + 1 < end) {
				char before = text.charAt(i - 1);
				char after = text.charAt(i + 1);
				if (".:'’·".indexOf(c) >= 0 && Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)) {
					return false;
				}
				if (",;".indexOf(c) >= 0 && Character.isDigit(before) && Character.isDigit(after)) {
					return false;
				}
			}
		}
		return true;
	}

	private static char fold(char c) {
		if (c < 0x80) {
			return Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
		}
		if (c == 'đ' || c == 'Đ') {
			return 'd';
		}
		boolean latin = (c >= 0xC0 && c <= 0x24F) || (c >= 0x1E00 && c <= 0x1EFF);
		if (!latin || !Character.isLetter(c)) {
			return 0;
		}
		char base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
		return (base < 0x80 && Character.isLetter(base)) ? Character.toLowerCase(base) : 0;
	}

}
