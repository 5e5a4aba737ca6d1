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

	/** A space: {@link Character#isWhitespace} or {@link Character#isSpaceChar}. */
	private static final byte SPACE = 1;

	/** {@link Character#isLetterOrDigit}. */
	private static final byte LETTER_OR_DIGIT = 2;

	/** {@link Character#isDigit}. */
	private static final byte DIGIT = 4;

	/**
	 * A character the analyzer reads its own way wherever it stands: an underscore, a
	 * combining mark, an invisible format character, half of a surrogate pair.
	 */
	private static final byte ANALYZED = 8;

	/** Joins two letters or digits ({@code TP.HCM}, {@code 1.000}). */
	private static final byte JOINS_WORDS = 16;

	/** Joins two digits ({@code 1,5}). */
	private static final byte JOINS_DIGITS = 32;

	/**
	 * What the scan asks of each character, one table look-up instead of the several
	 * {@link Character} calls per character that were most of a snippet's time.
	 */
	private static final byte[] KIND = new byte[Character.MAX_VALUE + 1];

	static {
		for (char c = 0; c < FOLD.length; c++) {
			FOLD[c] = fold(c);
		}
		for (int c = 0; c <= Character.MAX_VALUE; c++) {
			KIND[c] = kind((char) c);
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

		/**
		 * The hash codes of the wanted words: a word of a wanted length is built as a
		 * string only when its hash, summed while it is folded, is one of these.
		 */
		private final int[] hashes;

		private final List<Word> words = new ArrayList<>();

		private int position;

		Scan(Set<String> wanted) {
			this.wanted = wanted;
			if (wanted != null) {
				wanted.forEach((word) -> this.lengths.set(word.length()));
			}
			this.hashes = (wanted != null) ? wanted.stream().mapToInt(String::hashCode).toArray() : null;
		}

		List<Word> of(String string) {
			// read as an array, not through String.charAt, in the loops over every
			// character
			char[] text = string.toCharArray();
			int i = 0;
			int length = text.length;
			while (i < length) {
				if ((KIND[text[i]] & SPACE) != 0) {
					i++;
					continue;
				}
				int start = i;
				while (i < length && (KIND[text[i]] & SPACE) == 0) {
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
		private void split(char[] text, int start, int end) {
			int i = start;
			while (i < end) {
				if ((KIND[text[i]] & LETTER_OR_DIGIT) == 0) {
					i++;
					continue;
				}
				int wordStart = i;
				while (i < end && (KIND[text[i]] & LETTER_OR_DIGIT) != 0) {
					i++;
				}
				add(text, wordStart, i);
			}
		}

		private void add(char[] text, int start, int end) {
			int hash = 0;
			for (int i = start; i < end; i++) {
				char c = text[i];
				char f = (c < FOLD.length) ? FOLD[c] : 0;
				if (f == 0) {
					analyze(text, start, end);
					return;
				}
				hash = 31 * hash + f;
			}
			keep(maybeWanted(end - start, hash) ? folded(text, start, end) : null, start, end);
		}

		/** Whether a folded word of this length and hash code may be a wanted one. */
		private boolean maybeWanted(int length, int hash) {
			if (this.wanted == null) {
				return true;
			}
			if (!this.lengths.get(length)) {
				return false;
			}
			for (int wantedHash : this.hashes) {
				if (wantedHash == hash) {
					return true;
				}
			}
			return false;
		}

		/** The word folded by the table (every character of it has a folded letter). */
		private static String folded(char[] text, int start, int end) {
			char[] folded = new char[end - start];
			for (int i = start; i < end; i++) {
				folded[i - start] = FOLD[text[i]];
			}
			return new String(folded);
		}

		private void keep(String word, int start, int end) {
			if (word != null && (this.wanted == null || this.wanted.contains(word))) {
				this.words.add(new Word(word, start, end, this.position));
			}
			this.position++;
		}

		/** Text the table cannot fold or split: the analyzer's words for it. */
		private void analyze(char[] text, int start, int end) {
			try (TokenStream stream = FOLDED.tokenStream("snippet", new String(text, start, end - start))) {
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
	private static boolean isPlain(char[] text, int start, int end) {
		for (int i = start; i < end; i++) {
			byte kind = KIND[text[i]];
			if ((kind & ANALYZED) != 0) {
				return false;
			}
			if ((kind & (JOINS_WORDS | JOINS_DIGITS)) != 0 && i > start && i + 1 < end) {
				byte before = KIND[text[i - 1]];
				byte after = KIND[text[i + 1]];
				if ((kind & JOINS_WORDS) != 0 && (before & LETTER_OR_DIGIT) != 0 && (after & LETTER_OR_DIGIT) != 0) {
					return false;
				}
				if ((kind & JOINS_DIGITS) != 0 && (before & DIGIT) != 0 && (after & DIGIT) != 0) {
					return false;
				}
			}
		}
		return true;
	}

	private static byte kind(char c) {
		int type = Character.getType(c);
		int kind = 0;
		if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
			kind |= SPACE;
		}
		if (Character.isLetterOrDigit(c)) {
			kind |= LETTER_OR_DIGIT;
		}
		if (Character.isDigit(c)) {
			kind |= DIGIT;
		}
		if (c == '_' || type == Character.NON_SPACING_MARK || type == Character.FORMAT
				|| type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK
				|| Character.isSurrogate(c)) {
			kind |= ANALYZED;
		}
		if (".:'’·".indexOf(c) >= 0) {
			kind |= JOINS_WORDS;
		}
		if (",;".indexOf(c) >= 0) {
			kind |= JOINS_DIGITS;
		}
		return (byte) kind;
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
