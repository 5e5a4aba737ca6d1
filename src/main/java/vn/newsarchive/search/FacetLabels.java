package vn.newsarchive.search;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManager;

import vn.newsarchive.resolution.Resolution;

/**
 * Names for the facet values the index holds as ids: one query per facet for its top
 * values only, reading the columns of the label and no whole entity.
 */
@Component
class FacetLabels {

	private final EntityManager entityManager;

	FacetLabels(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	List<FacetValue> persons(Map<Long, Long> counts) {
		Map<Long, String> names = rows("select p.id, p.name from Person p where p.id in :ids", counts).stream()
			.collect(Collectors.toMap((row) -> (Long) row[0], (row) -> (String) row[1]));
		return labelled(counts, names);
	}

	List<FacetValue> documents(Map<Long, Long> counts) {
		Map<Long, String> names = rows(
				"select r.id, r.code, r.kind, r.number, r.term from Resolution r where r.id in :ids", counts)
			.stream()
			.collect(Collectors.toMap((row) -> (Long) row[0],
					(row) -> documentLabel(Resolution.label((String) row[1], (String) row[2], (String) row[3]),
							(String) row[4])));
		return labelled(counts, names);
	}

	/**
	 * Two documents may share a code (numbers restart each term): the term tells them
	 * apart.
	 */
	static String documentLabel(Resolution resolution) {
		return documentLabel(resolution.getLabel(), resolution.getTerm());
	}

	private static String documentLabel(String label, String term) {
		return (term != null) ? label + " (" + term + ")" : label;
	}

	private List<Object[]> rows(String query, Map<Long, Long> counts) {
		if (counts.isEmpty()) {
			return List.of();
		}
		return this.entityManager.createQuery(query, Object[].class).setParameter("ids", ids(counts)).getResultList();
	}

	/** Values that are their own label: years, sources. */
	static <K> List<FacetValue> plain(Map<K, Long> counts) {
		return counts.entrySet()
			.stream()
			.map((e) -> new FacetValue(String.valueOf(e.getKey()), String.valueOf(e.getKey()), e.getValue()))
			.toList();
	}

	private static List<Long> ids(Map<Long, Long> counts) {
		return List.copyOf(counts.keySet());
	}

	/** Keeps the index's order; an id no longer in the database is left out. */
	private static List<FacetValue> labelled(Map<Long, Long> counts, Map<Long, String> names) {
		Function<Map.Entry<Long, Long>, String> label = (e) -> names.get(e.getKey());
		return counts.entrySet()
			.stream()
			.filter((e) -> label.apply(e) != null)
			.map((e) -> new FacetValue(String.valueOf(e.getKey()), label.apply(e), e.getValue()))
			.toList();
	}

}
