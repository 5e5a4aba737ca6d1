package vn.newsarchive.search;

import java.text.Normalizer;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mapping char filters given to OpenSearch do what the Lucene chain's ICU NFC and
 * tone placement filters do to Vietnamese text (the analysis itself runs in OpenSearch;
 * ArticleSearchRelevanceOnOpenSearchIT runs the relevance tests on it).
 */
class OpenSearchAnalysisTests {

	@ParameterizedTest
	@ValueSource(strings = { "Trương Thị Mai", "Nguyễn Phú Trọng", "Ủy viên Bộ Chính trị", "hội nghị lần thứ tám",
			"TỔNG BÍ THƯ ĐẢNG", "ệ ậ ặ ở ữ ỵ" })
	void decomposedTextMapsToItsComposedForm(String text) {
		String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
		assertThat(nfd).isNotEqualTo(text);
		assertThat(map(nfd, OpenSearchAnalysis.nfcMappings())).isEqualTo(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ê\u0301", "ơ\u0300", "ạ\u0302", "ư\u0323" })
	void halfComposedLettersMapToo(String spelling) {
		assertThat(map(spelling, OpenSearchAnalysis.nfcMappings()))
			.isEqualTo(Normalizer.normalize(spelling, Normalizer.Form.NFC))
			.hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "hòa bình", "Ủy ban", "khỏe", "thủy lợi" })
	void theTonePairsGiveTheModernPlacement(String text) {
		assertThat(map(text, TonePlacementCharFilterFactory.pairs()))
			.isEqualTo(vn.newsarchive.kernel.VietnameseText.normaliseTones(text))
			.isNotEqualTo(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "\u0065\u0301 => \u00e9" })
	void rulesAreWrittenAsEscapes(String expected) {
		String rule = OpenSearchAnalysis.rules(Map.of("e\u0301", "é"))[0];
		assertThat(rule).isEqualTo("\\u0065\\u0301 => \\u00e9");
		assertThat(expected).contains("=>");
	}

	/** What a mapping char filter does: the longest spelling at each position. */
	private static String map(String text, Map<String, String> mappings) {
		StringBuilder out = new StringBuilder();
		int i = 0;
		while (i < text.length()) {
			String matched = null;
			for (int end = Math.min(text.length(), i + 3); end > i && matched == null; end--) {
				if (mappings.containsKey(text.substring(i, end))) {
					matched = text.substring(i, end);
				}
			}
			out.append((matched != null) ? mappings.get(matched) : String.valueOf(text.charAt(i)));
			i += (matched != null) ? matched.length() : 1;
		}
		return out.toString();
	}

}
