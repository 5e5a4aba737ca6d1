package vn.newsarchive.importer.decode;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import vn.newsarchive.importer.ArticleReader;
import vn.newsarchive.importer.decode.UnreadableArticleException.Reason;
import vn.newsarchive.importer.model.SegmentedArticle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ArticleDecoderTests {

	private static final String TEXT = "Trưởng ban Dân vận Trung ương Trương Thị Mai làm việc tại Bộ Ngoại giao\n\n"
			+ "Chiều 6/11, tại Trụ sở Bộ Ngoại giao, Đoàn kiểm tra số 1150 của Bộ Chính trị đã làm việc với Ban cán sự đảng.";

	private final ArticleDecoder decoder = new ArticleDecoder();

	@Test
	void readsUtf8WithAndWithoutBom() throws Exception {
		byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
		byte[] bom = new byte[plain.length + 3];
		bom[0] = (byte) 0xEF;
		bom[1] = (byte) 0xBB;
		bom[2] = (byte) 0xBF;
		System.arraycopy(plain, 0, bom, 3, plain.length);
		assertThat(this.decoder.decode(plain, "a.txt")).isEqualTo(TEXT);
		assertThat(this.decoder.decode(bom, "a.txt")).isEqualTo(TEXT);
	}

	@Test
	void readsUtf16WithAndWithoutBom() throws Exception {
		assertThat(this.decoder.decode(TEXT.getBytes(StandardCharsets.UTF_16), "a.txt")).isEqualTo(TEXT);
		assertThat(this.decoder.decode(TEXT.getBytes(StandardCharsets.UTF_16LE), "a.txt")).isEqualTo(TEXT);
		assertThat(this.decoder.decode(TEXT.getBytes(StandardCharsets.UTF_16BE), "a.txt")).isEqualTo(TEXT);
	}

	@Test
	void readsWindows1258AndComposesTheToneMarks() throws Exception {
		byte[] bytes = windows1258(TEXT);
		assertThat(this.decoder.decode(bytes, "legacy.txt")).isEqualTo(TEXT);
	}

	@Test
	void readsTheBodyOfAnHtmlPage() throws Exception {
		String html = "<!DOCTYPE html><html><head><title>x</title><style>p{}</style></head><body>"
				+ "<nav><a href='/'>Trang chủ</a></nav><header>Báo điện tử</header>"
				+ "<h1>Trưởng ban Dân vận Trung ương làm việc tại Bộ Ngoại giao</h1><div class='time'>06/11/2019 19:27</div>"
				+ "<p>Chiều 6/11, tại Trụ sở Bộ Ngoại giao, Đoàn kiểm tra đã làm việc.</p><script>var a = 1;</script>"
				+ "<p>Đồng chí Phạm Bình Minh đồng chủ trì buổi làm việc.</p><footer>Bản quyền</footer></body></html>";
		String text = this.decoder.decode(html.getBytes(StandardCharsets.UTF_8), "page.html");
		assertThat(text).contains("Trưởng ban Dân vận Trung ương làm việc tại Bộ Ngoại giao\n\n06/11/2019 19:27")
			.contains("Đồng chí Phạm Bình Minh")
			.doesNotContain("var a", "Trang chủ", "Bản quyền", "Báo điện tử", "<p>");
		SegmentedArticle article = new ArticleReader().read(html.getBytes(StandardCharsets.UTF_8), "page.bin");
		assertThat(article.title()).isEqualTo("Trưởng ban Dân vận Trung ương làm việc tại Bộ Ngoại giao");
		assertThat(article.published().value()).isEqualTo("2019-11-06T19:27");
	}

	@Test
	void rejectsAnEmptyFile() {
		assertRejected(new byte[0], Reason.EMPTY, "empty.txt: empty file");
		assertRejected(" \n\t\r\n ".getBytes(StandardCharsets.UTF_8), Reason.EMPTY, "empty.txt: empty file");
	}

	@Test
	void rejectsBinaryContent() {
		byte[] bytes = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0,
				0x01, 0x2C, 0x03, 0x04, 0x05 };
		assertRejected(bytes, Reason.BINARY, "empty.txt: binary content");
	}

	@Test
	void rejectsAFileOverFiveMegabytesSayingItsSize() {
		byte[] bytes = new byte[20 * 1024 * 1024];
		assertRejected(bytes, Reason.TOO_LARGE, "empty.txt: too large, 20971520 bytes; the limit is 5242880 bytes");
	}

	@Test
	void rejectsTextWithoutVietnamese() {
		assertRejected("The Central Committee met on Monday in Hanoi.".getBytes(StandardCharsets.UTF_8),
				Reason.NOT_VIETNAMESE, "no Vietnamese text found");
		assertRejected("Le comité s'est réuni à Hanoï, élève, café.".getBytes(StandardCharsets.ISO_8859_1),
				Reason.NOT_VIETNAMESE, "no Vietnamese text found");
	}

	@Test
	void rejectsAPageWithoutBody() {
		byte[] bytes = "<html><head><title>Bộ Ngoại giao</title></head><body><script>x()</script></body></html>"
			.getBytes(StandardCharsets.UTF_8);
		assertRejected(bytes, Reason.NO_BODY, "no body found");
	}

	@Test
	void readerRejectsAFileWithOnlyChrome() {
		byte[] bytes = "Google News\n\nPhản hồi\n\nChia sẻ".getBytes(StandardCharsets.UTF_8);
		assertThatExceptionOfType(UnreadableArticleException.class)
			.isThrownBy(() -> new ArticleReader().read(bytes, "chrome.txt"))
			.withMessageContaining("chrome.txt: no body found")
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(Reason.NO_BODY));
	}

	@Test
	void readsEverySeedAsUtf8() throws Exception {
		try (var seeds = Files.list(Path.of("seeds"))) {
			for (Path seed : seeds.toList()) {
				assertThat(this.decoder.decode(Files.readAllBytes(seed), seed.toString())).contains("Bộ Ngoại giao");
			}
		}
	}

	private void assertRejected(byte[] bytes, Reason reason, String message) {
		assertThatExceptionOfType(UnreadableArticleException.class)
			.isThrownBy(() -> this.decoder.decode(bytes, "empty.txt"))
			.withMessageContaining(message)
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(reason));
	}

	/**
	 * Windows-1258 writes tones as combining marks after a base letter that may carry a
	 * hat or horn.
	 */
	private static byte[] windows1258(String text) throws CharacterCodingException {
		String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
		StringBuilder legacy = new StringBuilder();
		StringBuilder tones = new StringBuilder();
		StringBuilder letter = new StringBuilder();
		for (int i = 0; i <= nfd.length(); i++) {
			char c = (i < nfd.length()) ? nfd.charAt(i) : ' ';
			if (i < nfd.length() && Character.getType(c) == Character.NON_SPACING_MARK) {
				if ("\u0300\u0301\u0303\u0309\u0323".indexOf(c) >= 0) {
					tones.append(c);
				}
				else {
					letter.append(c);
				}
				continue;
			}
			legacy.append(Normalizer.normalize(letter, Normalizer.Form.NFC)).append(tones);
			letter.setLength(0);
			tones.setLength(0);
			if (i < nfd.length()) {
				letter.append(c);
			}
		}
		Charset cp1258 = Charset.forName("windows-1258");
		ByteBuffer buffer = cp1258.newEncoder()
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.encode(java.nio.CharBuffer.wrap(legacy));
		byte[] bytes = new byte[buffer.remaining()];
		buffer.get(bytes);
		return bytes;
	}

}
