package vn.newsarchive.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.newsarchive.search.FoldedWords.Word;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetsTests {

	private static final String FILLER = "Các đại biểu thảo luận về công tác chuẩn bị cho kỳ họp tới của cơ quan. ";

	private static String snippet(String query, String text) {
		return Snippets.of(QueryText.of(query)).of(text);
	}

	@Test
	void marksTheWordsInTheirOriginalSpellingWhenTypedWithoutDiacritics() {
		assertThat(snippet("truong thi mai", "Đồng chí Trương Thị Mai phát biểu tại hội nghị."))
			.isEqualTo("Đồng chí <mark>Trương</mark> <mark>Thị</mark> <mark>Mai</mark> phát biểu tại hội nghị.");
	}

	@Test
	void marksEitherTonePlacementAndNfdInput() {
		assertThat(snippet("hoà bình", "Vì hòa bình và hợp tác.")).contains("<mark>hòa</mark> <mark>bình</mark>");
		assertThat(snippet(Normalizer.normalize("Trương Thị Mai", Normalizer.Form.NFD), "Bà Trương Thị Mai."))
			.contains("<mark>Trương</mark> <mark>Thị</mark> <mark>Mai</mark>");
	}

	@Test
	void showsThePassageWhereThePhraseStandsNotTheFirstScatteredWord() {
		String text = "Ông về thăm bộ đội biên phòng. " + FILLER.repeat(8) + "Lãnh đạo Bộ Ngoại giao đã tiếp đoàn. "
				+ FILLER.repeat(8);
		String snippet = snippet("\"bộ ngoại giao\"", text);
		assertThat(snippet).contains("<mark>Bộ</mark> <mark>Ngoại</mark> <mark>giao</mark>")
			.startsWith("… ")
			.endsWith(" …")
			.doesNotContain("bộ đội");
	}

	@Test
	void staysAboutOneSnippetLongAndCutsAtWords() {
		String text = FILLER.repeat(10) + "Tổng Bí thư chủ trì cuộc họp. " + FILLER.repeat(10);
		String snippet = snippet("tổng bí thư", text);
		String plain = snippet.replaceAll("</?mark>", "");
		assertThat(plain.length()).isBetween(Snippets.LENGTH / 2, Snippets.LENGTH + 10);
		assertThat(plain).startsWith("… Tổng Bí thư chủ trì").endsWith(" …");
		assertThat(plain.substring(2, plain.length() - 2)).doesNotStartWith(" ").doesNotEndWith(" ");
	}

	@Test
	void escapesTheTextAndDoesNotMarkExcludedWords() {
		assertThat(snippet("bộ ngoại giao -\"hà nội\"", "Bộ Ngoại giao <b>Hà Nội</b> & các tỉnh"))
			.isEqualTo("<mark>Bộ</mark> <mark>Ngoại</mark> <mark>giao</mark> &lt;b&gt;Hà Nội&lt;/b&gt; &amp; các tỉnh");
	}

	@Test
	void joinsParagraphsWithOneSpace() {
		assertThat(snippet("hội nghị", "Khai mạc hội nghị.\n\nCác đại biểu"))
			.isEqualTo("Khai mạc <mark>hội</mark> " + "<mark>nghị</mark>. Các đại biểu");
	}

	@Test
	void givesNothingForATextWithoutTheWordsOrWithoutText() {
		assertThat(snippet("ngoại giao", "Hội nghị Trung ương lần thứ tám.")).isNull();
		assertThat(snippet("ngoại giao", null)).isNull();
		assertThat(snippet("\"\"", "Hội nghị")).isNull();
	}

	@Test
	void choosesThePassageThatCountingEachPassageAnewChooses() {
		// the sliding window against the plain count of every passage, on random texts
		// of a few query words repeated among other words
		Random random = new Random(20261206);
		String[] vocabulary = { "bộ", "ngoại", "giao", "hội", "nghị" };
		for (int round = 0; round < 2000; round++) {
			List<Word> found = new ArrayList<>();
			int at = 0;
			int position = 0;
			for (int n = 1 + random.nextInt(60); found.size() < n;) {
				String word = vocabulary[random.nextInt(random.nextInt(vocabulary.length) + 1)];
				found.add(new Word(word, at, at + word.length() + random.nextInt(3), position));
				at += word.length() + 1 + random.nextInt(random.nextBoolean() ? 3 : 90);
				position += 1 + (random.nextBoolean() ? 0 : random.nextInt(4));
			}
			assertThat(Snippets.densest(found)).isEqualTo(densestByCounting(found));
		}
	}

	/** The passage chosen as before the sliding window. */
	private static Word densestByCounting(List<Word> found) {
		Word best = found.get(0);
		long bestScore = -1;
		for (int i = 0; i < found.size() && i < 500; i++) {
			Set<String> distinct = new HashSet<>();
			int adjacent = 0;
			int count = 0;
			for (int j = i; j < found.size()
					&& found.get(j).end() - found.get(i).start() <= Snippets.LENGTH * 3 / 4; j++) {
				distinct.add(found.get(j).word());
				count++;
				if (j > i && found.get(j).position() == found.get(j - 1).position() + 1) {
					adjacent++;
				}
			}
			boolean startsPhrase = i + 1 < found.size() && found.get(i + 1).position() == found.get(i).position() + 1;
			long score = distinct.size() * 10_000L + adjacent * 100L + (startsPhrase ? 50 : 0) + count;
			if (score > bestScore) {
				best = found.get(i);
				bestScore = score;
			}
		}
		return best;
	}

}
