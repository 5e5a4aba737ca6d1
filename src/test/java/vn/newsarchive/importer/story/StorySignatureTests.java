package vn.newsarchive.importer.story;

import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.newsarchive.importer.model.SegmentedArticle;

import static org.assertj.core.api.Assertions.assertThat;

class StorySignatureTests {

	private static final String BODY = "Chiều 4/9, tại Trụ sở Bộ Ngoại giao, Đoàn Kiểm tra số 1477 của Ban Bí thư do đồng chí"
			+ " Lê Minh Hưng, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương làm Trưởng"
			+ " đoàn đã làm việc với Ban cán sự đảng Bộ Ngoại giao.";

	@Test
	void theSameWordsInNfdWithTheOtherTonePlacementAndWithoutMarksGiveTheSameSignature() {
		StorySignature nfc = StorySignature.of(story(BODY));
		StorySignature nfd = StorySignature.of(story(Normalizer.normalize(BODY, Normalizer.Form.NFD)));
		StorySignature modernTones = StorySignature.of(story(BODY.replace("Ủy", "Uỷ")));
		StorySignature folded = StorySignature.of(story(BODY.replace("Bộ", "Bo").replace("đồng chí", "dong chi")));
		assertThat(nfd).isEqualTo(nfc);
		assertThat(modernTones).isEqualTo(nfc);
		assertThat(folded).isEqualTo(nfc);
		assertThat(nfc.jaccard(nfd)).isEqualTo(1.0);
	}

	@Test
	void captionsTeasersAndPunctuationAreNotPartOfTheStory() {
		SegmentedArticle plain = story(BODY);
		SegmentedArticle noisy = new SegmentedArticle(null, null, null, "TTXVN", List.of("Minh Ngọc"),
				List.of(new vn.newsarchive.importer.model.Caption("Quang cảnh buổi làm việc", "VGP")),
				List.of("Tin khác"), List.of("Một tin khác..."), List.of(BODY.replace(",", " ,")), null);
		assertThat(StorySignature.of(noisy)).isEqualTo(StorySignature.of(plain));
	}

	@Test
	void anArticleWithoutTextHasAnEmptySignatureThatMatchesNothing() {
		StorySignature empty = StorySignature.of(story(" "));
		assertThat(empty.shingles()).isZero();
		assertThat(StoryBands.of(empty)).isEmpty();
		assertThat(empty.jaccard(StorySignature.of(story(BODY)))).isZero();
		assertThat(empty.containment(StorySignature.of(story(BODY)))).isZero();
	}

	@Test
	void signaturesAreTheSameInEveryRunSinceTheyAreStored() {
		StorySignature signature = StorySignature.of(StoryShingles.of("một hai ba bốn năm"));
		assertThat(signature.shingles()).isEqualTo(2);
		assertThat(signature.minima()).hasSize(StorySignature.HASHES);
		assertThat(StoryBands.of(signature)).hasSize(StoryBands.BANDS)
			.isEqualTo(StoryBands.of(StorySignature.of(StoryShingles.of("MỘT HAI BA BỐN NĂM"))));
		assertThat(signature.minima()[0])
			.isEqualTo(StorySignature.of(StoryShingles.of("một, hai, ba, bốn, năm")).minima()[0]);
	}

	@Test
	void anExcerptIsContainedInTheWholeStory() {
		String whole = BODY + " " + BODY.replace("Chiều 4/9", "Sau đó").replace("1477", "1478") + " "
				+ "Phát biểu chỉ đạo, đồng chí Lê Minh Hưng nhấn mạnh đây là công tác kiểm tra định kỳ hằng năm.";
		StorySignature excerpt = StorySignature.of(story(BODY));
		StorySignature story = StorySignature.of(story(whole));
		assertThat(excerpt.containment(story)).isGreaterThan(0.85);
		assertThat(excerpt.jaccard(story)).isLessThan(0.6);
	}

	static SegmentedArticle story(String body) {
		return new SegmentedArticle(null, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(body),
				null);
	}

}
