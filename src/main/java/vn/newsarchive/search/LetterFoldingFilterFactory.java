package vn.newsarchive.search;

import java.io.IOException;
import java.util.Map;

import com.ibm.icu.text.Normalizer;
import com.ibm.icu.text.Normalizer2;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene's ICU folding (no diacritics, no case, compatibility forms as their plain
 * letters), with the letters Vietnamese text is written in answered from a table of ICU's
 * own answers. ICU normalised every word of every article anew and was a third of the
 * index writer's time in an import (issue 12.3). The table holds the characters up to
 * U+1EFF (Latin letters, Vietnamese's precomposed letters included, digits and signs)
 * that ICU says never interact with what precedes them (so no combining mark), so a word
 * made of them folds letter by letter exactly as ICU folds it whole; any other word is
 * given to ICU, as before.
 */
public class LetterFoldingFilterFactory extends TokenFilterFactory {

	/** The SPI name Lucene asks every factory for. */
	public static final String NAME = "vietnameseLetterFolding";

	private static final Normalizer2 ICU = ICUFoldingFilter.NORMALIZER;

	/** ICU's folding of each character below U+1F00; null where ICU must see the word. */
	private static final String[] FOLDED = table();

	public LetterFoldingFilterFactory(Map<String, String> args) {
		super(args);
		if (!args.isEmpty()) {
			throw new IllegalArgumentException("Unknown parameters: " + args);
		}
	}

	/** Lucene's SPI loader needs this constructor; it is never used to build filters. */
	public LetterFoldingFilterFactory() {
		throw defaultCtorException();
	}

	@Override
	public TokenStream create(TokenStream input) {
		return new LetterFolding(input);
	}

	@Override
	public TokenStream normalize(TokenStream input) {
		return create(input);
	}

	private static String[] table() {
		String[] table = new String[0x1F00];
		for (char c = 0; c < table.length; c++) {
			// a word whose every character starts a new normalisation segment folds as
			// the folds of its characters put together
			if (ICU.hasBoundaryBefore(c)) {
				table[c] = ICU.normalize(String.valueOf(c));
			}
		}
		return table;
	}

	private static final class LetterFolding extends TokenFilter {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final StringBuilder folded = new StringBuilder();

		LetterFolding(TokenStream input) {
			super(input);
		}

		@Override
		public boolean incrementToken() throws IOException {
			if (!this.input.incrementToken()) {
				return false;
			}
			char[] chars = this.term.buffer();
			int length = this.term.length();
			this.folded.setLength(0);
			boolean changed = false;
			for (int i = 0; i < length; i++) {
				char c = chars[i];
				String letter = (c < FOLDED.length) ? FOLDED[c] : null;
				if (letter == null) {
					foldWithIcu();
					return true;
				}
				changed |= letter.length() != 1 || letter.charAt(0) != c;
				this.folded.append(letter);
			}
			if (changed) {
				this.term.setEmpty().append(this.folded);
			}
			return true;
		}

		/** What ICUFoldingFilter does with every word. */
		private void foldWithIcu() {
			if (ICU.quickCheck(this.term) != Normalizer.YES) {
				this.folded.setLength(0);
				ICU.normalize(this.term, this.folded);
				this.term.setEmpty().append(this.folded);
			}
		}

	}

}
