package vn.newsarchive.importer.store;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.newsarchive.testdata.TestArchive;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input gets a clear message and writes nothing; readable odd encodings still go in.
 */
@SpringBootTest
class BadInputImportTest {

	@Autowired
	ImportService importService;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void emptyArchive() {
		TestArchive.empty(this.jdbc);
	}

	private void assertRefused(ImportOutcome outcome, String reason) {
		assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.FAILED);
		assertThat(outcome.message()).containsIgnoringCase(reason);
		assertThat(this.jdbc.queryForObject("select count(*) from article", Integer.class)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from person", Integer.class)).isZero();
	}

	@Test
	void emptyFile() {
		assertRefused(this.importService.importContent("empty.txt", new byte[0]), "empty");
	}

	@Test
	void binaryFile() {
		byte[] binary = new byte[4096];
		for (int i = 0; i < binary.length; i++) {
			binary[i] = (byte) (i * 31 % 256);
		}
		assertRefused(this.importService.importContent("photo.jpg", binary), "binary");
	}

	@Test
	void twentyMegabytes() {
		byte[] huge = new byte[20 * 1024 * 1024];
		Arrays.fill(huge, (byte) 'a');
		assertRefused(this.importService.importContent("huge.txt", huge), "MB");
	}

	@Test
	void textWithoutVietnamese() {
		assertRefused(this.importService.importContent("english.txt",
				"Quarterly results\n\nThe company reported higher revenue this quarter than last year."
					.getBytes(StandardCharsets.UTF_8)),
				"Vietnamese");
	}

	@Test
	void htmlPageIsReadThroughItsText() throws Exception {
		String seed = Files.readString(Path.of("seeds/003_e6474cc7a97b0b07.txt"));
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>x</title><script>var a=1;</script>"
				+ "</head><body><nav>Trang chủ</nav>");
		seed.lines()
			.filter((line) -> !line.isBlank())
			.forEach((line) -> html.append("<p>").append(line).append("</p>"));
		html.append("</body></html>");
		ImportOutcome outcome = this.importService.importContent("page.html",
				html.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(outcome.message()).isNull();
		assertThat(outcome.title()).startsWith("Gắn kết chặt chẽ xây dựng Đảng");
	}

	@Test
	void windows1258IsDecoded() throws Exception {
		String seed = Files.readString(Path.of("seeds/004_02ea695a35228001.txt"));
		byte[] legacy = windows1258(seed);
		ImportOutcome outcome = this.importService.importContent("legacy.txt", legacy);
		assertThat(outcome.message()).isNull();
		assertThat(outcome.title()).isEqualTo("Lấy phiếu tín nhiệm giữa nhiệm kỳ đối với các Thứ trưởng Bộ Ngoại giao");
	}

	/**
	 * Windows-1258 has the vowels with circumflex, breve and horn but writes the five
	 * tones as combining marks after them, so encode from that form (as legacy Vietnamese
	 * files are).
	 */
	static byte[] windows1258(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		StringBuilder legacy = new StringBuilder();
		StringBuilder tones = new StringBuilder();
		StringBuilder letter = new StringBuilder();
		for (char c : decomposed.toCharArray()) {
			if (TONES.indexOf(c) >= 0) {
				tones.append(c);
			}
			else if (Character.getType(c) == Character.NON_SPACING_MARK) {
				letter.append(c);
			}
			else {
				legacy.append(Normalizer.normalize(letter, Normalizer.Form.NFC)).append(tones);
				letter.setLength(0);
				tones.setLength(0);
				letter.append(c);
			}
		}
		legacy.append(Normalizer.normalize(letter, Normalizer.Form.NFC)).append(tones);
		return legacy.toString().getBytes(Charset.forName("windows-1258"));
	}

	private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

	@Test
	void theSameStoryInAnotherEncodingIsADuplicate() throws Exception {
		String seed = Files.readString(Path.of("seeds/004_02ea695a35228001.txt"));
		ImportOutcome utf8 = this.importService.importContent("a.txt", seed.getBytes(StandardCharsets.UTF_8));
		ImportOutcome utf16 = this.importService.importContent("b.txt", seed.getBytes(StandardCharsets.UTF_16));
		assertThat(utf8.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
		assertThat(utf16.status()).isEqualTo(ImportOutcome.Status.DUPLICATE);
		assertThat(utf16.message()).contains("already in the archive");
		assertThat(this.jdbc.queryForObject("select count(*) from article", Integer.class)).isOne();
	}

}
