package vn.newsarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The analyzers of {@link VietnameseAnalysis}, token by token. */
class VietnameseAnalysisTests {

	static List<String> tokens(Analyzer analyzer, String text) {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("f", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	@ParameterizedTest
	@CsvSource({ "hòa,hoà", "Hòa,hoà", "HÒA,hoà", "thủy,thuỷ", "Ủy ban,uỷ ban", "khỏe,khoẻ", "hóa,hoá", "họa,hoạ",
			"lõa,loã", "ụy,uỵ", "ũy,uỹ", "úy,uý", "ùy,uỳ" })
	void bothTonePlacementsGiveTheModernToken(String traditional, String modern) {
		assertThat(tokens(VietnameseAnalysis.exact(), traditional))
			.isEqualTo(tokens(VietnameseAnalysis.exact(), modern));
		assertThat(String.join(" ", tokens(VietnameseAnalysis.exact(), traditional))).isEqualTo(modern);
	}

	@Test
	void closedSyllablesAreLeftAlone() {
		assertThat(tokens(VietnameseAnalysis.exact(), "Hoàng Huỳnh")).containsExactly("hoàng", "huỳnh");
	}

	@Test
	void nfdTextGivesTheNfcTokens() {
		String nfd = Normalizer.normalize("Trương Thị Mai Ủy viên", Normalizer.Form.NFD);
		assertThat(tokens(VietnameseAnalysis.exact(), nfd)).containsExactly("trương", "thị", "mai", "uỷ", "viên");
	}

	@Test
	void foldingRemovesDiacriticsAndFoldsD() {
		assertThat(tokens(VietnameseAnalysis.folded(), "Đảng bộ Bộ Ngoại giao đồng chí")).containsExactly("dang", "bo",
				"bo", "ngoai", "giao", "dong", "chi");
	}

	@Test
	void exactKeepsTheDiacriticsThatTellWordsApart() {
		assertThat(tokens(VietnameseAnalysis.exact(), "bộ bồ")).containsExactly("bộ", "bồ");
	}

	@Test
	void shinglesArePairsOfFoldedSyllables() {
		assertThat(tokens(VietnameseAnalysis.shingles(), "Bộ Ngoại giao")).containsExactly("bo ngoai", "ngoai giao");
	}

	@Test
	void theCatchAllHoldsWordsAndPairsAtTheWordsPositions() {
		assertThat(tokens(VietnameseAnalysis.foldedPairs(), "Bộ Ngoại giao")).containsExactly("bo", "bo ngoai", "ngoai",
				"ngoai giao", "giao");
	}

	@Test
	void suggestionsIndexPrefixes() {
		assertThat(tokens(VietnameseAnalysis.suggest(), "Trương")).containsExactly("t", "tr", "tru", "truo", "truon",
				"truong");
	}

	@Test
	void offsetsPointIntoTheOriginalTextForHighlighting() throws IOException {
		String nfd = Normalizer.normalize("Ủy viên", Normalizer.Form.NFD);
		try (TokenStream stream = VietnameseAnalysis.folded().tokenStream("f", nfd)) {
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			assertThat(stream.incrementToken()).isTrue();
			assertThat(nfd.substring(offset.startOffset(), offset.endOffset()))
				.isEqualTo(Normalizer.normalize("Ủy", Normalizer.Form.NFD));
			stream.end();
		}
	}

}
