package vn.newsarchive.browser;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One address of every kind of page the archive serves, over the imported seeds: the
 * public pages a reader opens, then the editors' pages (signed in).
 */
final class PageTypes {

	/**
	 * A page to open: a short name for its screenshot, its address, whether it needs an
	 * editor, whether it is an error page (whose own links answer the error).
	 */
	record PageType(String name, String path, boolean editor, boolean error) {
	}

	private PageTypes() {
	}

	static List<PageType> all(JdbcTemplate jdbc) {
		List<PageType> pages = new ArrayList<>();
		pages.add(reader("home", "/"));
		pages.add(reader("articles", "/bai-viet"));
		pages.add(reader("article", first(jdbc, "article", "/bai-viet/")));
		pages.add(reader("persons", "/nhan-vat"));
		pages.add(reader("person", top(jdbc, "person", "/nhan-vat/", "article_person", "person_id")));
		pages.add(reader("documents", "/van-kien"));
		pages.add(reader("documents-dated", "/van-kien?from=2018-01-01&sort=date"));
		pages.add(reader("document", top(jdbc, "resolution", "/van-kien/", "article_resolution", "resolution_id")));
		pages.add(reader("meetings", "/su-kien"));
		pages.add(reader("meeting", first(jdbc, "meeting", "/su-kien/")));
		pages.add(reader("search", "/search?q=ngh%E1%BB%8B+quy%E1%BA%BFt&year=2019"));
		pages.add(reader("search-empty", "/search"));
		pages.add(reader("search-dated", "/search?q=ngoai+giao&from=2019-01-01&to=31%2F12%2F2021&sort=newest"));
		pages.add(reader("search-named", "/search?q=truong+thi+mai"));
		pages.add(reader("articles-dated", "/bai-viet?from=2020-01-01&sort=oldest"));
		pages.add(new PageType("bad-date", "/bai-viet?from=31%2F02%2F2024", false, true));
		pages.add(reader("report",
				"/bai-viet/" + jdbc.queryForObject("select min(id) from article", Long.class) + "/bao-loi"));
		pages.add(reader("saved-search-new", "/search/saved/new?q=ngoai+giao&from=2019-01-01"));
		pages.add(reader("saved-searches", "/search/saved"));
		pages.add(reader("login", "/login"));
		pages.add(new PageType("not-found", "/bai-viet?page=999", false, true));
		pages.add(new PageType("bad-request", "/su-kien?year=abc", false, true));
		pages.add(editor("admin", "/admin"));
		pages.add(editor("admin-articles", "/admin/articles"));
		pages.add(editor("admin-article-form",
				"/admin/articles/" + jdbc.queryForObject("select min(id) from article", Long.class) + "/edit"));
		pages.add(editor("admin-persons", "/admin/persons"));
		pages.add(editor("admin-documents", "/admin/resolutions"));
		pages.add(editor("admin-meetings", "/admin/meetings"));
		pages.add(editor("admin-review", "/admin/review"));
		pages.add(editor("admin-audit", "/admin/audit"));
		pages.add(editor("admin-import", "/admin/import"));
		pages.add(editor("admin-tokens", "/admin/account/tokens"));
		pages.add(editor("admin-users", "/admin/account/users"));
		return pages;
	}

	private static PageType reader(String name, String path) {
		return new PageType(name, path, false, false);
	}

	private static PageType editor(String name, String path) {
		return new PageType(name, path, true, false);
	}

	private static String first(JdbcTemplate jdbc, String table, String prefix) {
		return jdbc.queryForObject(
				"select '" + prefix + "' || id || '-' || slug from " + table + " order by id limit 1", String.class);
	}

	/** The record most articles link to: its page has the most to show. */
	private static String top(JdbcTemplate jdbc, String table, String prefix, String links, String column) {
		return jdbc
			.queryForObject(
					"select '" + prefix + "' || t.id || '-' || t.slug from " + table + " t join " + links + " l on l."
							+ column + " = t.id group by t.id, t.slug order by count(*) desc, t.id limit 1",
					String.class);
	}

}
