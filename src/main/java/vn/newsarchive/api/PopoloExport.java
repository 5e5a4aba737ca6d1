package vn.newsarchive.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.newsarchive.system.Permalinks;
import vn.newsarchive.system.Slugs;

/**
 * The archive's people in the Popolo standard (popoloproject.com), a page of persons at a
 * time: the persons, each tenure (see {@code V8}) as a membership with its start and end
 * date at their precision and its source articles, the posts those memberships hold and
 * the organisations of those posts. Four queries a page, whatever the archive's size.
 */
@Component
@Transactional(readOnly = true)
class PopoloExport {

	static final int MAX_PERSONS = 500;

	/** Source articles listed per membership. */
	static final int SOURCES = 5;

	private static final String TENURES = "select t.person_id, t.title_key,"
			+ " (array_agg(t.title order by (t.title = upper(t.title)), t.as_of desc nulls last, t.position_id desc))[1] as title,"
			+ " min(t.as_of) as first_on, (array_agg(t.as_of_precision order by t.as_of nulls last))[1] as first_precision,"
			+ " max(t.as_of) as last_on,"
			+ " (array_agg(t.as_of_precision order by t.as_of desc nulls last))[1] as last_precision,"
			+ " (array_agg(distinct t.article_id) filter (where t.article_id is not null))[1 : " + SOURCES
			+ "] as sources"
			+ " from position_title t where t.person_id in (:persons) group by t.person_id, t.title_key"
			+ " order by t.person_id, min(t.as_of) nulls last, t.title_key";

	private final NamedParameterJdbcTemplate jdbc;

	PopoloExport(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The export of one page of persons (in id order); {@code base} makes links absolute.
	 */
	Map<String, Object> page(int page, int size, String base) {
		List<Map<String, Object>> persons = new ArrayList<>();
		Map<Long, Map<String, Object>> byId = new LinkedHashMap<>();
		this.jdbc.query("select id, name, slug from person order by id limit :size offset :offset",
				Map.of("size", size, "offset", (long) page * size), (rs) -> {
					long id = rs.getLong("id");
					Map<String, Object> person = new LinkedHashMap<>();
					person.put("id", "person-" + id);
					person.put("name", rs.getString("name"));
					person.put("links", List.of(Map.of("url", base + ApiRows.url(Permalinks.PERSON, id, rs, "name"),
							"note", "archive page")));
					persons.add(person);
					byId.put(id, person);
				});
		Map<String, Object> export = new LinkedHashMap<>();
		Map<String, Map<String, Object>> organizations = new LinkedHashMap<>();
		Map<String, Map<String, Object>> posts = new LinkedHashMap<>();
		List<Map<String, Object>> memberships = new ArrayList<>();
		if (!byId.isEmpty()) {
			aliases(byId);
			memberships(byId.keySet(), base, organizations, posts, memberships);
		}
		long total = this.jdbc.getJdbcTemplate().queryForObject("select count(*) from person", Long.class);
		export.put("persons", persons);
		export.put("organizations", new ArrayList<>(organizations.values()));
		export.put("posts", new ArrayList<>(posts.values()));
		export.put("memberships", memberships);
		export.put("meta", Map.of("page", page, "size", size, "totalPersons", total));
		return export;
	}

	private void aliases(Map<Long, Map<String, Object>> byId) {
		this.jdbc.query("select person_id, alias from person_alias where person_id in (:persons) order by alias",
				Map.of("persons", byId.keySet()), (rs) -> {
					@SuppressWarnings("unchecked")
					List<Map<String, Object>> names = (List<Map<String, Object>>) byId.get(rs.getLong("person_id"))
						.computeIfAbsent("other_names", (k) -> new ArrayList<>());
					names.add(Map.of("name", rs.getString("alias")));
				});
	}

	private void memberships(java.util.Set<Long> personIds, String base, Map<String, Map<String, Object>> organizations,
			Map<String, Map<String, Object>> posts, List<Map<String, Object>> memberships) {
		List<Object[]> tenures = new ArrayList<>();
		List<Long> articleIds = new ArrayList<>();
		this.jdbc.query(TENURES, Map.of("persons", personIds), (rs) -> {
			Long[] sources = (rs.getArray("sources") != null) ? (Long[]) rs.getArray("sources").getArray()
					: new Long[0];
			articleIds.addAll(Arrays.asList(sources));
			tenures.add(new Object[] { rs.getLong("person_id"), rs.getString("title_key"), rs.getString("title"),
					ApiDate.of(rs.getDate("first_on"), rs.getString("first_precision"), false),
					ApiDate.of(rs.getDate("last_on"), rs.getString("last_precision"), false), sources });
		});
		Map<Long, Map<String, Object>> links = articleLinks(articleIds, base);
		for (Object[] t : tenures) {
			String key = (String) t[1];
			String title = (String) t[2];
			PostTitle post = PostTitle.of(title);
			String postId = "post-" + Slugs.of(key) + "-" + Integer.toHexString(key.hashCode());
			String organizationId = null;
			if (post.organization() != null) {
				organizationId = "org-" + Slugs.of(post.organization());
				organizations.putIfAbsent(organizationId, Map.of("id", organizationId, "name", post.organization()));
			}
			Map<String, Object> postRecord = new LinkedHashMap<>();
			postRecord.put("id", postId);
			postRecord.put("label", title);
			postRecord.put("role", post.role());
			postRecord.put("organization_id", organizationId);
			posts.putIfAbsent(postId, postRecord);
			Map<String, Object> membership = new LinkedHashMap<>();
			membership.put("id", "membership-" + t[0] + "-" + postId.substring("post-".length()));
			membership.put("person_id", "person-" + t[0]);
			membership.put("post_id", postId);
			membership.put("organization_id", organizationId);
			membership.put("role", post.role());
			membership.put("label", title);
			membership.put("start_date", popoloDate((ApiDate) t[3]));
			membership.put("end_date", popoloDate((ApiDate) t[4]));
			List<Map<String, Object>> sources = new ArrayList<>();
			for (Long articleId : (Long[]) t[5]) {
				if (links.containsKey(articleId)) {
					sources.add(links.get(articleId));
				}
			}
			membership.put("sources", sources);
			memberships.add(membership);
		}
	}

	private Map<Long, Map<String, Object>> articleLinks(List<Long> ids, String base) {
		Map<Long, Map<String, Object>> links = new HashMap<>();
		if (ids.isEmpty()) {
			return links;
		}
		this.jdbc.query("select id, title, slug from article where id in (:ids)", Map.of("ids", ids), (rs) -> {
			long id = rs.getLong("id");
			links.put(id, Map.of("url", base + ApiRows.url(Permalinks.ARTICLE, id, rs, "title"), "note",
					rs.getString("title")));
		});
		return links;
	}

	/** Popolo dates are {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
	private static String popoloDate(ApiDate date) {
		return (date != null) ? date.date() : null;
	}

}
