package vn.newsarchive.search;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

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

}
