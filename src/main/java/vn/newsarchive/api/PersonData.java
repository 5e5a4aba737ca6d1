package vn.newsarchive.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.newsarchive.api.ApiRows.ArticleRef;
import vn.newsarchive.person.Tenure;
import vn.newsarchive.person.Tenures;
import vn.newsarchive.system.Permalinks;

/**
 * A person as data: name, aliases and a page of tenures (the person page's, see
 * {@link Tenures}), each with the first articles that back it, read for the whole page in
 * one query.
 */
@Component
@Transactional(readOnly = true)
class PersonData {

	/**
	 * Backing articles listed per tenure; {@code articleCount} says how many there are.
	 */
	static final int ARTICLES_PER_TENURE = 20;

	record Detail(long id, String name, String url, List<String> aliases, ApiPage<TenureData> tenures) {
	}

	record TenureData(String title, ApiDate from, ApiDate to, long articleCount, List<ArticleRef> articles) {
	}

	private static final String BACKING = "select x.title as tenure, " + ApiRows.ARTICLE
			+ " from (select t as title, archive_title_key(t) as title_key from unnest(array[:titles]) t) x"
			+ " cross join lateral (select distinct on (p.as_of, p.article_id) p.article_id, p.as_of"
			+ " from position_title p where p.person_id = :person and p.title_key = x.title_key"
			+ " and p.article_id is not null order by p.as_of nulls last, p.article_id limit :limit) s"
			+ " join article a on a.id = s.article_id order by x.title, s.as_of nulls last, a.id";

	private final NamedParameterJdbcTemplate jdbc;

	private final Tenures tenures;

	PersonData(NamedParameterJdbcTemplate jdbc, Tenures tenures) {
		this.jdbc = jdbc;
		this.tenures = tenures;
	}

	Detail one(long id, int page, int size) {
		Map<String, Object> at = Map.of("id", id);
		List<Detail> found = this.jdbc.query("select id, name, slug from person where id = :id", at, (rs,
				i) -> new Detail(id, rs.getString("name"), ApiRows.url(Permalinks.PERSON, id, rs, "name"), null, null));
		if (found.isEmpty()) {
			throw new ApiRecordNotFoundException("person", id);
		}
		List<String> aliases = this.jdbc
			.queryForList("select alias from person_alias where person_id = :id order by alias", at, String.class);
		Page<Tenure> held = this.tenures.of(id, PageRequest.of(page, size));
		Map<String, List<ArticleRef>> backing = backing(id, held.getContent());
		List<TenureData> items = held.getContent()
			.stream()
			.map((t) -> new TenureData(t.title(), date(t.first()), date(t.last()), t.articles(),
					backing.getOrDefault(t.title(), List.of())))
			.toList();
		Detail person = found.get(0);
		return new Detail(id, person.name(), person.url(), aliases,
				new ApiPage<>(page, size, held.getTotalElements(), items));
	}

	boolean exists(long id) {
		return !this.jdbc.queryForList("select id from person where id = :id", Map.of("id", id), Long.class).isEmpty();
	}

	/** Every tenure of a person, for the CSV export (a person holds tens of titles). */
	List<Tenure> allTenures(long id) {
		if (!exists(id)) {
			throw new ApiRecordNotFoundException("person", id);
		}
		List<Tenure> all = new ArrayList<>();
		Page<Tenure> page = this.tenures.of(id, PageRequest.of(0, 500));
		all.addAll(page.getContent());
		while (page.hasNext()) {
			page = this.tenures.of(id, page.nextPageable());
			all.addAll(page.getContent());
		}
		return all;
	}

	private Map<String, List<ArticleRef>> backing(long personId, List<Tenure> page) {
		Map<String, List<ArticleRef>> byTitle = new HashMap<>();
		if (page.isEmpty()) {
			return byTitle;
		}
		Map<String, Object> parameters = Map.of("person", personId, "titles", page.stream().map(Tenure::title).toList(),
				"limit", ARTICLES_PER_TENURE);
		this.jdbc.query(BACKING, parameters, (rs) -> {
			byTitle.computeIfAbsent(rs.getString("tenure"), (k) -> new ArrayList<>()).add(ApiRows.article(rs));
		});
		return byTitle;
	}

	static ApiDate date(Tenure.Seen seen) {
		return (seen == null || seen.on() == null) ? null
				: ApiDate.of(seen.on(), (seen.precision() != null) ? seen.precision().name() : null, seen.inferred());
	}

}
