package vn.newsarchive.article;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Related titles an article lists, linked to the archived article of the same title when
 * there is one. Titles are compared in NFC, lower case and single-spaced, the same way
 * {@link ArticleRepository#findByTitleKeys} normalises stored titles.
 */
final class RelatedTitles {

	/**
	 * A related title; {@code url} is null when the archive does not hold that article.
	 */
	record Related(String title, String url) {
	}

	private RelatedTitles() {
	}

	static String key(String title) {
		return Normalizer.normalize(title, Normalizer.Form.NFC)
			.strip()
			.replaceAll("\\s+", " ")
			.toLowerCase(Locale.forLanguageTag("vi"));
	}

	static List<String> keys(List<String> titles) {
		return titles.stream().map(RelatedTitles::key).distinct().toList();
	}

	static List<Related> resolve(List<String> titles, List<TitleMatch> matches, Long selfId) {
		Map<String, TitleMatch> byKey = matches.stream()
			.filter((m) -> !m.getId().equals(selfId))
			.collect(Collectors.toMap(TitleMatch::getTitleKey, Function.identity(), (a, b) -> a));
		return titles.stream().map((title) -> {
			TitleMatch match = byKey.get(key(title));
			String url = (match != null) ? ArticleAddress.of(match.getId(), match.getSlug(), match.getTitle()) : null;
			return new Related(title, url);
		}).toList();
	}

}
