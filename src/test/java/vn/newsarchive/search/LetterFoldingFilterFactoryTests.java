package vn.newsarchive.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The table folding answers exactly as ICU's folding, whatever the word. */
class LetterFoldingFilterFactoryTests {

	private static final Analyzer ICU = new Analyzer() {
		@Override
		protected TokenStreamComponents createComponents(String field) {
			KeywordTokenizer words = new KeywordTokenizer();
			return new TokenStreamComponents(words, new ICUFoldingFilter(words));
		}
	};

	private static final Analyzer TABLE = new Analyzer() {
		@Override
		protected TokenStreamComponents createComponents(String field) {
			KeywordTokenizer words = new KeywordTokenizer();
			return new TokenStreamComponents(words, new LetterFoldingFilterFactory(new HashMap<>()).create(words));
		}
	};

	@Test
	void everyCharacterAloneBetweenLettersAndBeforeACombiningMarkFoldsAsIcuFoldsIt() {
		List<String> words = new ArrayList<>();
		for (char c = 1; c < Character.MIN_SURROGATE; c++) {
			words.add(String.valueOf(c));
			words.add("Đ" + c + "ạ");
			words.add(c + "\u0301");
			words.add("\u0323" + c);
		}
		for (String word : words) {
			assertThat(VietnameseAnalysisTests.tokens(TABLE, word)).as(word)
				.isEqualTo(VietnameseAnalysisTests.tokens(ICU, word));
		}
	}

	@Test
	void vietnameseAndOtherScriptsFoldAsWithIcu() {
		String text = "ĐẢNG Cộng sản Việt Nam Nghị quyết 26-NQ/TW Ủy ban Thường vụ Quốc hội ngày 19/5/2018 "
				+ "Hòa Bình thuỷ lợi ﬁnance ＴＴＸＶＮ Ⅻ straße Ωμέγα Đ\u0300 e\u0301 日本 한국어 😀 ﾃｽﾄ";
		for (String word : text.split(" ")) {
			assertThat(VietnameseAnalysisTests.tokens(TABLE, word)).as(word)
				.isEqualTo(VietnameseAnalysisTests.tokens(ICU, word));
		}
		Analyzer folded = VietnameseAnalysis.folded();
		assertThat(VietnameseAnalysisTests.tokens(folded, "Đảng bộ Bộ Ngoại giao Ủy viên")).containsExactly("dang",
				"bo", "bo", "ngoai", "giao", "uy", "vien");
	}

}
