package vn.newsarchive.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One generated article, NFC, in one tone-placement style throughout.
 */
record SyntheticArticle(long id, String title, String lead, List<String> paragraphs, String source,
		LocalDateTime publishedAt, List<Mention> persons, List<Long> documentIds, List<String> captions,
		boolean modernTones) {

	String body() {
		return String.join("\n\n", this.paragraphs);
	}

	/** UTF-8 size of title, lead and body, as the seed files are measured. */
	int textBytes() {
		return (this.title + this.lead + body()).getBytes(StandardCharsets.UTF_8).length;
	}

	/** A person named in the article with the titles it gives them. */
	record Mention(long personId, String titles) {

	}

}
