package vn.newsarchive.importer.person;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.newsarchive.kernel.VietnameseText;

import static org.assertj.core.api.Assertions.assertThat;

class ForeignNamesTest {

	@ParameterizedTest
	@ValueSource(strings = { "Chủ tịch nước CHDCND Lào Bounhang Volachith", "Tổng thống Hoa Kỳ Donald Trump",
			"Thủ tướng Ấn Độ Narendra Modi" })
	void aPieceEndingWithAForeignNameIsSeen(String piece) {
		assertThat(ForeignNames.endsWithForeignName(piece)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Chủ tịch nước CHDCND Lào", "Bộ trưởng Ngoại giao Trung Quốc", "Bí thư Đảng ủy Khối",
			"Phó Trưởng ban Thường trực Ban Tuyên giáo TƯ", "Tổng Bí thư Ban Chấp hành Trung ương Đảng Nghiêm" })
	void vietnameseWordsAndAbbreviationsAreNot(String piece) {
		assertThat(ForeignNames.endsWithForeignName(piece)).isFalse();
	}

	/** Every capitalised word of the seeds and the devset reads as Vietnamese. */
	@Test
	void noCapitalisedWordOfTheRealArticlesLooksForeign() throws IOException {
		List<Path> files = new ArrayList<>();
		try (Stream<Path> seeds = Files.list(Path.of("seeds"));
				Stream<Path> devset = Files.list(Path.of("src/test/resources/devset"))) {
			seeds.forEach(files::add);
			devset.filter((f) -> f.toString().endsWith(".txt")).forEach(files::add);
		}
		List<String> foreign = new ArrayList<>();
		for (Path file : files) {
			String text = VietnameseText.nfc(Files.readString(file, StandardCharsets.UTF_8));
			for (String word : text.split("[^\\p{L}\\p{M}]+")) {
				if (word.length() > 1 && Character.isUpperCase(word.charAt(0))
						&& ForeignNames.endsWithForeignName(word)) {
					foreign.add(word);
				}
			}
		}
		// the pages' own English words (site chrome, "Vietnam+") are the only ones
		assertThat(foreign).isNotEmpty().isSubsetOf("Google", "News", "Vietnam", "Website");
	}

}
