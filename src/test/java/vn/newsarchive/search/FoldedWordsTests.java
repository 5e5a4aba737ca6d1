package vn.newsarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scan gives the folded analyzer's words and offsets, on real articles and odd text.
 */
class FoldedWordsTests {

	static Stream<Path> articles() throws IOException {
		return Stream.concat(Files.list(Path.of("seeds")), Files.list(Path.of("src/test/resources/devset")))
			.filter((file) -> file.toString().endsWith(".txt"))
			.sorted();
	}

	@ParameterizedTest
	@MethodSource("articles")
	void realArticlesScanAsTheyAreAnalysed(Path article) throws IOException {
		String text = Normalizer.normalize(Files.readString(article, StandardCharsets.UTF_8), Normalizer.Form.NFC);
		assertThat(FoldedWords.of(text)).containsExactlyElementsOf(analysed(text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "TP.HCM và Hà Nội", "1.000 tỷ đồng, 2,5 triệu; 26-NQ/TW ngày 19/5/2018",
			"Ủy ban, Uỷ ban, hoà bình, hòa bình, ĐẢNG, đồng chí", "H5N1, COVID-19, 2021-2025, v.v.",
			"Ảnh:Tuấn Anh (TTXVN/Vietnam+)", "中国 共产党, Москва, Ñoño, Œuvre, ß", "don't, l’Humanité, a_b",
			"email@example.com https://baochinhphu.vn/abc-123.htm", "x.y.z 3.a a.3 1:2 a:b" })
	void oddTextScansAsItIsAnalysed(String text) {
		assertThat(FoldedWords.of(text)).containsExactlyElementsOf(analysed(text));
	}

	@ParameterizedTest
	@MethodSource("articles")
	void wantedWordsKeepTheOffsetsAndOrdinalsOfTheWholeScan(Path article) throws IOException {
		String text = Normalizer.normalize(Files.readString(article, StandardCharsets.UTF_8), Normalizer.Form.NFC);
		Set<String> wanted = Set.of("bo", "ngoai", "giao", "dang", "truong", "26", "nq", "tw", "hcm", "chinh");
		assertThat(FoldedWords.among(text, wanted)).isNotEmpty()
			.containsExactlyElementsOf(
					FoldedWords.of(text).stream().filter((word) -> wanted.contains(word.word())).toList());
	}

	@Test
	void combiningMarksGoThroughTheAnalyzer() {
		String nfd = Normalizer.normalize("Trương Thị Mai", Normalizer.Form.NFD);
		assertThat(FoldedWords.of(nfd)).extracting(FoldedWords.Word::word).containsExactly("truong", "thi", "mai");
	}

	private static List<FoldedWords.Word> analysed(String text) {
		List<FoldedWords.Word> words = new ArrayList<>();
		try (TokenStream stream = VietnameseAnalysis.folded().tokenStream("t", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				words
					.add(new FoldedWords.Word(term.toString(), offset.startOffset(), offset.endOffset(), words.size()));
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return words;
	}

}
