package vn.newsarchive.api;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.newsarchive.article.ArticleRepository;
import vn.newsarchive.api.ApiRows.ArticleRef;
import vn.newsarchive.api.ApiRows.DocumentRef;
import vn.newsarchive.api.ApiRows.MeetingRef;
import vn.newsarchive.api.ApiRows.PersonRef;
import vn.newsarchive.system.Permalinks;

/**
 * Articles as data: a page of the latest (read in order from {@code ix_article_latest}),
 * and one article with its persons, documents and meetings, each list one query.
 */
@Component
@Transactional(readOnly = true)
class ArticleData {

	/** One article with what it links to. */
	record Detail(long id, String title, String url, String lead, String body, ApiDate published, String source,
			String sourceUrl, List<String> authors, List<PersonRef> persons, List<DocumentRef> documents,
			List<MeetingRef> meetings, List<StoryRef> sameStory) {
	}

	/** Another article carrying the same story, from another source. */
	record StoryRef(long id, String url, String source) {
	}

	private static final String COUNT = "select coalesce(sum(n), 0) from (select n from archive_tally"
			+ " where kind = :kind and key = 0 union all select delta from archive_tally_change"
			+ " where kind = :kind and key = 0) t";

	private final NamedParameterJdbcTemplate jdbc;

	private final ArticleRepository articles;

	ArticleData(NamedParameterJdbcTemplate jdbc, ArticleRepository articles) {
		this.jdbc = jdbc;
		this.articles = articles;
	}

	ApiPage<ArticleRef> latest(int page, int size) {
		ApiPage<ArticleRef> paged = new ApiPage<>(page, size, count("articles"), List.of());
		List<ArticleRef> items = this.jdbc.query(
				"select " + ApiRows.ARTICLE + " from article a order by a.published_at desc nulls last, a.id desc"
						+ " limit :size offset :offset",
				Map.of("size", size, "offset", paged.offset()), (rs, i) -> ApiRows.article(rs));
		return new ApiPage<>(page, size, paged.total(), items);
	}

	/** The archive's count of a kind of record, as of the last write (tallies, V6). */
	long count(String kind) {
		Long n = this.jdbc.queryForObject(COUNT, Map.of("kind", kind), Long.class);
		return (n != null) ? n : 0;
	}

	Detail one(long id) {
		Map<String, Object> at = Map.of("id", id);
		List<Detail> found = this.jdbc.query(
				"select " + ApiRows.ARTICLE + ", a.lead, a.body, a.source_url from article a where a.id = :id", at,
				(rs, i) -> {
					ArticleRef ref = ApiRows.article(rs);
					return new Detail(ref.id(), ref.title(), ref.url(), rs.getString("lead"), rs.getString("body"),
							ref.published(), ref.source(), rs.getString("source_url"), null, null, null, null, null);
				});
		if (found.isEmpty()) {
			throw new ApiRecordNotFoundException("article", id);
		}
		Detail a = found.get(0);
		List<String> authors = this.jdbc
			.queryForList("select name from article_author where article_id = :id order by position", at, String.class);
		List<PersonRef> persons = this.jdbc.query(
				"select p.id, p.name, p.slug, ap.titles from article_person ap join person p on p.id = ap.person_id"
						+ " where ap.article_id = :id order by ap.mention_order, p.id",
				at, (rs, i) -> new PersonRef(rs.getLong("id"), rs.getString("name"),
						ApiRows.url(Permalinks.PERSON, rs.getLong("id"), rs, "name"), rs.getString("titles")));
		List<DocumentRef> documents = ApiRows.documents(this.jdbc, "article_resolution", "article_id", id);
		List<MeetingRef> meetings = this.jdbc.query(
				"select " + ApiRows.MEETING + " from meeting m where m.article_id = :id order by m.id", at,
				(rs, i) -> ApiRows.meeting(rs));
		List<StoryRef> sameStory = this.articles.findSameStory(id)
			.stream()
			.map((copy) -> new StoryRef(copy.id(), copy.url(), copy.source()))
			.toList();
		return new Detail(a.id(), a.title(), a.url(), a.lead(), a.body(), a.published(), a.source(), a.sourceUrl(),
				authors, persons, documents, meetings, sameStory);
	}

}
