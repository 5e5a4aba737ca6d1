package vn.newsarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
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
				if ((FoldingTable.KIND[text[i]] & FoldingTable.SPACE) != 0) {
					i++;
					continue;
				}
				int start = i;
				while (i < length && (FoldingTable.KIND[text[i]] & FoldingTable.SPACE) == 0) {
					i++;
				}
				if (FoldingTable.isPlain(text, start, i)) {
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
				if ((FoldingTable.KIND[text[i]] & FoldingTable.LETTER_OR_DIGIT) == 0) {
					i++;
					continue;
				}
				int wordStart = i;
				while (i < end && (FoldingTable.KIND[text[i]] & FoldingTable.LETTER_OR_DIGIT) != 0) {
					i++;
				}
				add(text, wordStart, i);
			}
		}

		private void add(char[] text, int start, int end) {
			int hash = 0;
			for (int i = start; i < end; i++) {
				char c = text[i];
				char f = (c < FoldingTable.FOLD.length) ? FoldingTable.FOLD[c] : 0;
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
				folded[i - start] = FoldingTable.FOLD[text[i]];
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

}
