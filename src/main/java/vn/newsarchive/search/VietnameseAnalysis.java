package vn.newsarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.ngram.EdgeNGramFilterFactory;
import org.apache.lucene.analysis.shingle.ShingleFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * All of the archive's text analysis. Every chain starts the same way: NFC (text arrives
 * in NFD too), then one tone placement ({@code hòa} = {@code hoà}), then words, lower
 * case. From there:
 * <ul>
 * <li>{@link #EXACT} keeps diacritics, so a query typed with them ranks exact words
 * ({@code bộ}) above look-alikes ({@code bồ});</li>
 * <li>{@link #FOLDED} removes them, {@code đ} → {@code d} included, for queries typed
 * without;</li>
 * <li>{@link #SHINGLES} indexes folded syllable pairs, since Vietnamese words are mostly
 * two syllables written apart ({@code ngoại giao});</li>
 * <li>{@link #FOLDED_PAIRS} indexes both the folded words and their pairs in one field,
 * so a long text is analysed once for both (queries on it use {@link #FOLDED} for words
 * and {@link #SHINGLES} for pairs);</li>
 * <li>{@link #SUGGEST} indexes folded prefixes for suggestions while typing.</li>
 * </ul>
 * The analyzers are built here once and shared by the index and the tests.
 */
public class VietnameseAnalysis implements LuceneAnalysisConfigurer {

	public static final String EXACT = "vietnamese_exact";

	public static final String FOLDED = "vietnamese_folded";

	public static final String SHINGLES = "vietnamese_shingles";

	public static final String FOLDED_PAIRS = "vietnamese_folded_pairs";

	public static final String SUGGEST = "vietnamese_suggest";

	private static final Analyzer EXACT_ANALYZER = build(false, Pairs.NONE, false);

	private static final Analyzer FOLDED_ANALYZER = build(true, Pairs.NONE, false);

	private static final Analyzer SHINGLES_ANALYZER = build(true, Pairs.ONLY, false);

	private static final Analyzer FOLDED_PAIRS_ANALYZER = build(true, Pairs.WITH_WORDS, false);

	private static final Analyzer SUGGEST_ANALYZER = build(true, Pairs.NONE, true);

	private enum Pairs {

		NONE, ONLY, WITH_WORDS

	}

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(EXACT).instance(EXACT_ANALYZER);
		context.analyzer(FOLDED).instance(FOLDED_ANALYZER);
		context.analyzer(SHINGLES).instance(SHINGLES_ANALYZER);
		context.analyzer(FOLDED_PAIRS).instance(FOLDED_PAIRS_ANALYZER);
		context.analyzer(SUGGEST).instance(SUGGEST_ANALYZER);
	}

	public static Analyzer exact() {
		return EXACT_ANALYZER;
	}

	public static Analyzer folded() {
		return FOLDED_ANALYZER;
	}

	public static Analyzer shingles() {
		return SHINGLES_ANALYZER;
	}

	public static Analyzer foldedPairs() {
		return FOLDED_PAIRS_ANALYZER;
	}

	public static Analyzer suggest() {
		return SUGGEST_ANALYZER;
	}

	private static Analyzer build(boolean fold, Pairs pairs, boolean prefixes) {
		try {
			CustomAnalyzer.Builder builder = CustomAnalyzer.builder()
				.addCharFilter(ICUNormalizer2CharFilterFactory.class, "name", "nfc", "mode", "compose")
				.addCharFilter(TonePlacementCharFilterFactory.class)
				.withTokenizer(StandardTokenizerFactory.class)
				.addTokenFilter(LowerCaseFilterFactory.class);
			if (fold) {
				// ICU folding (through a table for Vietnamese letters) leaves some
				// letters
				// alone; ASCII folding makes sure of đ → d
				builder.addTokenFilter(LetterFoldingFilterFactory.class)
					.addTokenFilter(ASCIIFoldingFilterFactory.class);
			}
			if (pairs != Pairs.NONE) {
				builder.addTokenFilter(ShingleFilterFactory.class, "minShingleSize", "2", "maxShingleSize", "2",
						"outputUnigrams", String.valueOf(pairs == Pairs.WITH_WORDS));
			}
			if (prefixes) {
				builder.addTokenFilter(EdgeNGramFilterFactory.class, "minGramSize", "1", "maxGramSize", "20");
			}
			return builder.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
