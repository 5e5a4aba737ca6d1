package vn.newsarchive.importer.decode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, failure 7: a UTF-8 file whose last character was cut was decoded whole as
 * Windows-1258 and imported as mojibake ("Ä�áº£ng bá»™…"). Fixtures: seed 001 cut in the
 * middle of its last character, and the same article saved in Windows-1258.
 */
class BrokenEncodingTests {

	private static final Path FIXTURES = Path.of("src/test/resources/decode");

	private final ArticleDecoder decoder = new ArticleDecoder();

	@Test
	void aTruncatedUtf8FileStaysUtf8WithOnlyTheBrokenSequenceReplaced() throws Exception {
		byte[] bytes = Files.readAllBytes(FIXTURES.resolve("issue-14-truncated-utf8.txt"));
		String seed = Files.readString(Path.of("seeds/001_6353a3c6be2fbff5.txt"), StandardCharsets.UTF_8).strip();
		String text = this.decoder.decode(bytes, "cut.txt");
		assertThat(text).doesNotContain("áº").doesNotContain("Ä");
		assertThat(text).contains(seed.substring(0, 200));
		assertThat(text.strip()).endsWith("\uFFFD");
	}

	@Test
	void aRealWindows1258FileIsReadAsWindows1258() throws Exception {
		byte[] legacy = Files.readAllBytes(FIXTURES.resolve("issue-14-windows-1258.txt"));
		byte[] utf8 = Files.readAllBytes(Path.of("seeds/001_6353a3c6be2fbff5.txt"));
		assertThat(this.decoder.decode(legacy, "legacy.txt")).isEqualTo(this.decoder.decode(utf8, "seed.txt"));
	}

	@Test
	void theScorePrefersVietnameseLettersToMojibake() {
		String text = "Đảng bộ tỉnh";
		String mojibake = new String(text.getBytes(StandardCharsets.UTF_8), EncodingDetector.WINDOWS_1258);
		assertThat(VietnameseScore.of(text)).isGreaterThan(VietnameseScore.of(mojibake));
	}

}
