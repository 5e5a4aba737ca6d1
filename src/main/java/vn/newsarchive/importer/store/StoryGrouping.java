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
import vn.newsarchive.importer.story.StoryNames;
import vn.newsarchive.importer.story.StorySignature;

/**
 * Finds the story a new article is a copy of and keeps each article's signature. A story
 * is its first stored article (its head): a new article is compared with heads only, so
 * that copies of copies never chain one story onto another. The candidates are the
 * {@value #NEWEST_PER_BAND} newest heads under each of the article's LSH band keys (a
 * btree on {@code story_band}, V13), those sharing most keys first: at most 42 ×
 * {@value #NEWEST_PER_BAND} index entries read, whatever the archive's size.
 */
@Component
public class StoryGrouping {

	/**
	 * Heads read per band key. A real copy shares several keys with its story (98 % that
	 * at least one at J = 0.44); only keys that a template's articles share by the
	 * thousand hold more heads than this, and there the newest are the likeliest.
	 */
	static final int NEWEST_PER_BAND = 16;

	/** Heads whose whole signature is compared, those sharing most keys first. */
	static final int CANDIDATES = 32;

	private final JdbcTemplate jdbc;

	StoryGrouping(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** An article of the archive that carries the same story. */
	public record SameStory(long articleId, long storyId, double jaccard) {
	}

	/**
	 * Takes, until the transaction ends, a lock on each of the signature's band keys. Two
	 * copies of one new story stored at the same instant would each find no head (neither
	 * sees the other before it commits) and start two stories; they share band keys, so
	 * the second waits here until the first has committed, then finds it. The keys are
	 * taken in order, so that two writers never wait on each other, and before the
	 * article claims any person or document, so that no writer waits for a key while
	 * holding a claim another needs.
	 */
	void lockBands(StorySignature signature) {
		long[] bands = Arrays.stream(StoryBands.of(signature)).sorted().distinct().toArray();
		if (bands.length > 0) {
			this.jdbc.queryForObject("select count(pg_advisory_xact_lock(k)) from unnest(cast(? as bigint[])) k",
					Long.class, literal(bands));
		}
	}

	/** The story head closest to the signature that passes {@link SameStoryRule}. */
	public Optional<SameStory> find(StorySignature signature, StoryNames names, LocalDate published) {
		long[] bands = StoryBands.of(signature);
		if (bands.length == 0) {
			return Optional.empty();
		}
		// the heads sharing most keys first, counted on the btree's entries alone; only
		// those compared get their signature read
		List<Candidate> candidates = this.jdbc.query("select s.article_id, s.shingles, s.minima, s.persons,"
				+ " s.documents, coalesce(a.story_id, a.id), cast(a.published_at as date) from (select h.article_id,"
				+ " count(*) as shared from unnest(cast(? as bigint[])) k (band) cross join lateral"
				+ " (select b.article_id from story_band b where b.band = k.band order by b.article_id desc limit "
				+ NEWEST_PER_BAND + ") h group by h.article_id order by shared desc, h.article_id desc limit "
				+ CANDIDATES + ") c join story_signature s on s.article_id = c.article_id"
				+ " join article a on a.id = c.article_id order by c.shared desc, c.article_id desc",
				(rs, n) -> new Candidate(rs.getLong(1),
						new StorySignature(rs.getInt(2), toLongs((Long[]) rs.getArray(3).getArray())),
						new StoryNames(toLongs((Long[]) rs.getArray(4).getArray()),
								toLongs((Long[]) rs.getArray(5).getArray())),
						rs.getLong(6), rs.getObject(7, LocalDate.class)),
				literal(bands));
		return candidates.stream()
			.filter((c) -> SameStoryRule.sameStory(signature, names, published, c.signature(), c.names(),
					c.published()))
			.max(Comparator.comparingDouble((Candidate c) -> signature.jaccard(c.signature()))
				.thenComparing(Candidate::articleId, Comparator.reverseOrder()))
			.map((c) -> new SameStory(c.articleId(), c.storyId(), signature.jaccard(c.signature())));
	}

	/**
	 * Keeps the stored article's signature; a story's head is also listed under its band
	 * keys, so that later copies find it.
	 */
	void record(long articleId, StorySignature signature, StoryNames names, boolean head) {
		long[] bands = StoryBands.of(signature);
		// kept without text too: the backfill (StoryBackfill) knows it has been here
		this.jdbc.update("insert into story_signature (article_id, shingles, minima, bands, persons, documents)"
				+ " values (?, ?, cast(? as bigint[]), cast(? as bigint[]), cast(? as bigint[]), cast(? as bigint[]))"
				+ " on conflict (article_id) do nothing", articleId, signature.shingles(), literal(signature.minima()),
				literal(bands), literal(names.persons()), literal(names.documents()));
		if (head && bands.length > 0) {
			this.jdbc.update("insert into story_band (band, article_id) select distinct unnest(cast(? as bigint[])), ?"
					+ " on conflict do nothing", literal(bands), articleId);
		}
	}

	private static String literal(long[] values) {
		return Arrays.stream(values).mapToObj(Long::toString).collect(Collectors.joining(",", "{", "}"));
	}

	private static long[] toLongs(Long[] values) {
		return Arrays.stream(values).mapToLong(Long::longValue).toArray();
	}

	private record Candidate(long articleId, StorySignature signature, StoryNames names, long storyId,
			LocalDate published) {
	}

}
