package vn.newsarchive.importer.store;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.newsarchive.importer.story.SameStoryRule;
import vn.newsarchive.importer.story.StoryBands;
import vn.newsarchive.importer.story.StorySignature;

/**
 * Finds the story a new article is a copy of and keeps each article's signature. The
 * candidates are the articles sharing an LSH band key with it (one GIN index lookup, V7),
 * at most {@value #CANDIDATES} of them, those sharing most keys first among at most
 * {@value #MATCHES} read: the cost of an import does not grow with the archive.
 */
@Component
public class StoryGrouping {

	static final int CANDIDATES = 50;

	/**
	 * Articles sharing a key read at most: texts written from one template share keys by
	 * the thousand, and ranking them all made each import cost more than the last.
	 */
	static final int MATCHES = 500;

	private final JdbcTemplate jdbc;

	StoryGrouping(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** An article of the archive that carries the same story. */
	public record SameStory(long articleId, long storyId, double jaccard) {
	}

	/** The stored article closest to the signature that passes {@link SameStoryRule}. */
	public Optional<SameStory> find(StorySignature signature, LocalDate published) {
		long[] bands = StoryBands.of(signature);
		if (bands.length == 0) {
			return Optional.empty();
		}
		List<Candidate> candidates = this.jdbc.query("select s.article_id, s.shingles, s.minima,"
				+ " coalesce(a.story_id, a.id), cast(a.published_at as date) from (select * from story_signature"
				+ " where bands && cast(? as bigint[]) limit " + MATCHES + ") s join article a on a.id = s.article_id"
				+ " order by cardinality(array(select unnest(s.bands) intersect select unnest(cast(? as bigint[]))))"
				+ " desc, s.article_id limit " + CANDIDATES,
				(rs, n) -> new Candidate(rs.getLong(1),
						new StorySignature(rs.getInt(2), toLongs((Long[]) rs.getArray(3).getArray())), rs.getLong(4),
						rs.getObject(5, LocalDate.class)),
				literal(bands), literal(bands));
		return candidates.stream()
			.filter((c) -> SameStoryRule.sameStory(signature, published, c.signature(), c.published()))
			.max(Comparator.comparingDouble((Candidate c) -> signature.jaccard(c.signature()))
				.thenComparing(Candidate::articleId, Comparator.reverseOrder()))
			.map((c) -> new SameStory(c.articleId(), c.storyId(), signature.jaccard(c.signature())));
	}

	/** Keeps the stored article's signature, so that later copies find it. */
	void record(long articleId, StorySignature signature) {
		long[] bands = StoryBands.of(signature);
		if (bands.length == 0) {
			return;
		}
		this.jdbc.update("insert into story_signature (article_id, shingles, minima, bands)"
				+ " values (?, ?, cast(? as bigint[]), cast(? as bigint[])) on conflict (article_id) do nothing",
				articleId, signature.shingles(), literal(signature.minima()), literal(bands));
	}

	private static String literal(long[] values) {
		return Arrays.stream(values).mapToObj(Long::toString).collect(Collectors.joining(",", "{", "}"));
	}

	private static long[] toLongs(Long[] values) {
		return Arrays.stream(values).mapToLong(Long::longValue).toArray();
	}

	private record Candidate(long articleId, StorySignature signature, long storyId, LocalDate published) {
	}

}
