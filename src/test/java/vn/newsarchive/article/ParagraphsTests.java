package vn.newsarchive.article;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParagraphsTests {

	@Test
	void paragraphsAreStoredSeparatedByABlankLine() {
		String body = Paragraphs.body(List.of("Đoạn một.", "Đoạn hai,\nvẫn đoạn hai."));
		assertThat(body).isEqualTo("Đoạn một.\n\nĐoạn hai,\nvẫn đoạn hai.");
		assertThat(Paragraphs.of(body)).containsExactly("Đoạn một.", "Đoạn hai,\nvẫn đoạn hai.");
	}

	@Test
	void blankParagraphsAreNotParagraphs() {
		assertThat(Paragraphs.of("Đoạn một.\n\n \n\n\n\nĐoạn hai.")).containsExactly("Đoạn một.", "Đoạn hai.");
	}

}
