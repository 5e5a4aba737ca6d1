package vn.newsarchive.importer.decode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lenient UTF-8 without a replacement character is taken as it is: the text is the one
 * the strict decoder, tried first before, gives (or, for broken bytes, the better of the
 * two reads), on valid and broken UTF-8, a real U+FFFD, Windows-1258 and mixtures.
 */
class EncodingDetectorTest {

	@ParameterizedTest
	@MethodSource("inputs")
	void decodesAsTheStrictDecoderFirst(byte[] bytes) {
		String lenient = new String(bytes, StandardCharsets.UTF_8);
		assertThat(EncodingDetector.decode(bytes)).as(HexFormat.of().formatHex(bytes))
			.contains(EncodingDetector.strictOrBest(bytes, lenient));
	}

	static List<byte[]> inputs() {
		List<String> texts = List.of("Trương Thị Mai, Ủy viên Bộ Chính trị", "“Đổi mới” – 1986…", "plain ASCII",
				"a \uFFFD b", "Tru\u031Bo\u031Bng", "😀 Hà Nội");
		List<byte[]> broken = List.of(new byte[] { (byte) 0xC0, (byte) 0xAF },
				new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, new byte[] { (byte) 0x80 },
				new byte[] { (byte) 0xE1, (byte) 0xBB },
				new byte[] { (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 }, new byte[] { (byte) 0xFF });
		List<byte[]> pieces = new ArrayList<>();
		texts.forEach((text) -> pieces.add(text.getBytes(StandardCharsets.UTF_8)));
		texts.forEach((text) -> pieces.add(text.getBytes(EncodingDetector.WINDOWS_1258)));
		pieces.addAll(broken);
		List<byte[]> inputs = new ArrayList<>(pieces);
		Random random = new Random(17);
		for (int n = 0; n < 300; n++) {
			StringBuilder hex = new StringBuilder();
			for (int p = 1 + random.nextInt(5); p > 0; p--) {
				hex.append(HexFormat.of().formatHex(pieces.get(random.nextInt(pieces.size()))));
			}
			inputs.add(HexFormat.of().parseHex(hex));
		}
		return inputs;
	}

}
