package vn.newsarchive.importer.person;

import java.util.Arrays;
import java.util.List;

import vn.newsarchive.importer.Fixtures;
import vn.newsarchive.importer.model.PersonMention;
import vn.newsarchive.importer.text.ArticleText;

import static org.assertj.core.api.Assertions.assertThat;

/** A table row's check: the sentence names exactly two people, with these titles. */
final class TwoPeople {

	private TwoPeople() {
	}

	/** {@code titles} split at semicolons; null (an empty cell) for none. */
	static List<String> titles(String titles) {
		return (titles == null) ? List.of() : Arrays.asList(titles.split("\\s*;\\s*"));
	}

	static void assertFound(PersonExtractor extractor, String sentence, String first, String firstTitles, String second,
			String secondTitles) {
		List<PersonMention> found = extractor.extract(ArticleText.of(Fixtures.body(sentence)));
		assertThat(found).containsExactly(new PersonMention(first, titles(firstTitles)),
				new PersonMention(second, titles(secondTitles)));
	}

}
