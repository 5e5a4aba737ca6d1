package vn.newsarchive.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * {@link VietnameseAnalysis}, under the same names, for an OpenSearch cluster, built from
 * what every OpenSearch ships (no analysis-icu plugin needed): NFC is a mapping char
 * filter from every decomposed spelling of a Vietnamese letter to its composed letter,
 * tone placement the same pairs as {@link TonePlacementCharFilterFactory}, and folding
 * {@code asciifolding}, which folds {@code đ} to {@code d} as well. On Vietnamese text
 * this indexes the same terms as the Lucene chain (its ICU folding differs only on other
 * scripts); {@code OpenSearchAnalysisTests} compares the two.
 */
public class OpenSearchAnalysis implements ElasticsearchAnalysisConfigurer {

	static final String NFC = "vietnamese_nfc";

	static final String TONES = "vietnamese_tone_placement";

	static final String PAIRS = "vietnamese_pairs";

	static final String PAIRS_WITH_WORDS = "vietnamese_pairs_with_words";

	static final String PREFIXES = "vietnamese_prefixes";

	private static final String VOWELS = "aeiouyAEIOUY";

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.charFilter(NFC).type("mapping").param("mappings", rules(nfcMappings()));
		context.charFilter(TONES).type("mapping").param("mappings", rules(TonePlacementCharFilterFactory.pairs()));
		context.tokenFilter(PAIRS)
			.type("shingle")
			.param("min_shingle_size", 2)
			.param("max_shingle_size", 2)
			.param("output_unigrams", false);
		context.tokenFilter(PAIRS_WITH_WORDS)
			.type("shingle")
			.param("min_shingle_size", 2)
			.param("max_shingle_size", 2)
			.param("output_unigrams", true);
		context.tokenFilter(PREFIXES).type("edge_ngram").param("min_gram", 1).param("max_gram", 20);
		analyzer(context, VietnameseAnalysis.EXACT, "lowercase");
		analyzer(context, VietnameseAnalysis.FOLDED, "lowercase", "asciifolding");
		analyzer(context, VietnameseAnalysis.SHINGLES, "lowercase", "asciifolding", PAIRS);
		analyzer(context, VietnameseAnalysis.FOLDED_PAIRS, "lowercase", "asciifolding", PAIRS_WITH_WORDS);
		analyzer(context, VietnameseAnalysis.SUGGEST, "lowercase", "asciifolding", PREFIXES);
	}

	private static void analyzer(ElasticsearchAnalysisConfigurationContext context, String name,
			String... tokenFilters) {
		context.analyzer(name).custom().tokenizer("standard").charFilters(NFC, TONES).tokenFilters(tokenFilters);
	}

	/**
	 * Each decomposed or half-composed spelling of a Vietnamese letter (a vowel with its
	 * shape mark and tone mark, in either order) to the letter NFC makes of it.
	 */
	static Map<String, String> nfcMappings() {
		Map<String, String> mappings = new LinkedHashMap<>();
		for (char vowel : VOWELS.toCharArray()) {
			for (String shape : new String[] { "", "\u0306", "\u0302", "\u031b" }) {
				for (String tone : new String[] { "", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323" }) {
					String letter = Normalizer.normalize(vowel + shape + tone, Normalizer.Form.NFC);
					if (letter.length() == 1 && !(shape + tone).isEmpty()) {
						for (String spelling : spellings(vowel, shape, tone)) {
							if (!spelling.equals(letter)
									&& Normalizer.normalize(spelling, Normalizer.Form.NFC).equals(letter)) {
								mappings.putIfAbsent(spelling, letter);
							}
						}
					}
				}
			}
		}
		return mappings;
	}

	/**
	 * The marks in both orders, each with the vowel and its first mark composed or not.
	 */
	private static List<String> spellings(char vowel, String shape, String tone) {
		List<String> spellings = new ArrayList<>();
		for (String marks : List.of(shape + tone, tone + shape)) {
			spellings.add(vowel + marks);
			if (marks.length() == 2) {
				spellings
					.add(Normalizer.normalize(vowel + marks.substring(0, 1), Normalizer.Form.NFC) + marks.substring(1));
			}
		}
		return spellings;
	}

	/** OpenSearch's mapping rules, {@code from => to}, written as escapes. */
	static String[] rules(Map<String, String> mappings) {
		List<String> rules = new ArrayList<>();
		mappings.forEach((from, to) -> rules.add(escaped(from) + " => " + escaped(to)));
		return rules.toArray(String[]::new);
	}

	private static String escaped(String text) {
		StringBuilder escaped = new StringBuilder();
		text.chars().forEach((c) -> escaped.append(String.format("\\u%04x", c)));
		return escaped.toString();
	}

}
