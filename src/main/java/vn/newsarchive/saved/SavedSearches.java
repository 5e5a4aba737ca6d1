package vn.newsarchive.saved;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.newsarchive.search.ArticleSearch;
import vn.newsarchive.search.FacetValue;
import vn.newsarchive.search.SearchQuery;
import vn.newsarchive.search.SearchResults;
import vn.newsarchive.system.DateLabels;
import vn.newsarchive.system.SiteAddress;

/**
 * The rules of saved searches: only a search that runs may be saved, at most
 * {@link #MAX_PER_BROWSER} per browser, and only the browser that saved one sees or
 * deletes it.
 */
@Service
class SavedSearches {

	static final int MAX_PER_BROWSER = 100;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final SavedSearchRepository saved;

	private final ArticleSearch search;

	private final SiteAddress site;

	SavedSearches(SavedSearchRepository saved, ArticleSearch search, SiteAddress site) {
		this.saved = saved;
		this.search = search;
		this.site = site;
	}

	@Transactional(readOnly = true)
	List<SavedSearchRow> list(String ownerHash) {
		return this.saved.findByOwnerHashOrderByCreatedAtDescIdDesc(ownerHash)
			.stream()
			.map((s) -> new SavedSearchRow(s.getId(), s.getName(), SavedSearchLinks.results(s.newest(1)),
					this.site.base() + SavedSearchLinks.feed(s.getFeedToken()),
					LocalDate.ofInstant(s.getCreatedAt(), DateLabels.ZONE)))
			.toList();
	}

	/** The first newest match of a search, with its count and facets, or its problem. */
	SearchResults preview(SearchQuery query) {
		return this.search.search(SavedSearchLinks.newest(query, 1));
	}

	/**
	 * Saves a search under a name (blank: the name {@link #nameOf} makes).
	 * @throws SavedSearchRefused when the search cannot run or the browser has saved
	 * {@link #MAX_PER_BROWSER}
	 */
	@Transactional
	SavedSearch save(String ownerHash, String name, SearchQuery query) {
		SearchResults preview = preview(query);
		if (preview.problem() != null) {
			throw new SavedSearchRefused(preview.problem().messageKey());
		}
		if (this.saved.countByOwnerHash(ownerHash) >= MAX_PER_BROWSER) {
			throw new SavedSearchRefused("saved.refused.tooMany");
		}
		String chosen = (name != null && !name.isBlank()) ? name.strip() : nameOf(preview);
		return this.saved.save(new SavedSearch(ownerHash, BrowserKey.newToken(), chosen, query));
	}

	/** Deletes a search this browser saved; false when it has none by that id. */
	@Transactional
	boolean delete(long id, String ownerHash) {
		return this.saved.findByIdAndOwnerHash(id, ownerHash).map((s) -> {
			this.saved.delete(s);
			return true;
		}).orElse(false);
	}

	/**
	 * A name made of what the search asks for, as a reader would say it: the query, the
	 * person's name and the document's code (from the facets), the source, the year and
	 * the dates.
	 */
	static String nameOf(SearchResults preview) {
		SearchQuery query = preview.query();
		List<String> parts = new ArrayList<>();
		if (!query.q().isBlank()) {
			parts.add(query.q().strip());
		}
		parts.add(label(preview.facets().persons(), query.person()));
		parts.add(label(preview.facets().documents(), query.document()));
		parts.add(query.source());
		parts.add((query.year() != null) ? query.year().toString() : null);
		if (!query.dates().isOpen()) {
			parts.add(((query.dates().from() != null) ? DAY.format(query.dates().from()) : "…") + "–"
					+ ((query.dates().to() != null) ? DAY.format(query.dates().to()) : "…"));
		}
		String name = String.join(" · ", parts.stream().filter(Objects::nonNull).toList());
		return (name.length() > SavedSearchForm.MAX_NAME) ? name.substring(0, SavedSearchForm.MAX_NAME - 1) + "…"
				: name;
	}

	private static String label(List<FacetValue> values, Long id) {
		if (id == null) {
			return null;
		}
		return values.stream()
			.filter((v) -> v.value().equals(id.toString()))
			.map(FacetValue::label)
			.findFirst()
			.orElse("#" + id);
	}

}
