package vn.newsarchive.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManager;

import vn.newsarchive.resolution.Resolution;
import vn.newsarchive.system.ArchiveChanges;

/**
 * Names for the facet values the index holds as ids: one query per facet for the top
 * values not yet known, reading the columns of the label and no whole entity. Labels are
 * kept until the next committed write ({@link ArchiveChanges}), so a search asks the
 * database nothing once its facets' persons and documents have been seen: the two queries
 * were a fifth of a search's cost on a small archive.
 */
@Component
class FacetLabels {

	/** Labels kept at most; the set starts again when full. */
	private static final int KEPT = 20_000;

	private final EntityManager entityManager;

	private final ArchiveChanges changes;

	private final Map<String, Known> known = new ConcurrentHashMap<>();

	FacetLabels(EntityManager entityManager, ArchiveChanges changes) {
		this.entityManager = entityManager;
		this.changes = changes;
	}

	List<FacetValue> persons(Map<Long, Long> counts) {
		return labelled(counts, personNames(counts.keySet()));
	}

	/**
	 * The names of these persons, as their facet shows them; a person no longer in the
	 * database has none.
	 */
	Map<Long, String> personNames(Collection<Long> ids) {
		return labels("person", ids,
				(unknown) -> rows("select p.id, p.name from Person p where p.id in :ids", unknown).stream()
					.collect(Collectors.toMap((row) -> (Long) row[0], (row) -> (String) row[1])));
	}

	List<FacetValue> documents(Map<Long, Long> counts) {
		return labelled(counts, labels("document", counts.keySet(),
				(ids) -> rows("select r.id, r.code, r.kind, r.number, r.term from Resolution r where r.id in :ids", ids)
					.stream()
					.collect(Collectors.toMap((row) -> (Long) row[0],
							(row) -> documentLabel(Resolution.label((String) row[1], (String) row[2], (String) row[3]),
									(String) row[4])))));
	}

	/**
	 * The labels of these ids, known or read (only the unknown ones) from the database.
	 */
	private Map<Long, String> labels(String kind, Collection<Long> ids, Function<List<Long>, Map<Long, String>> read) {
		long version = this.changes.current();
		Map<Long, String> labels = new HashMap<>();
		List<Long> unknown = new ArrayList<>();
		for (Long id : ids) {
			Known label = this.known.get(kind + id);
			if (label != null && label.version() == version) {
				labels.put(id, label.label());
			}
			else {
				unknown.add(id);
			}
		}
		if (!unknown.isEmpty()) {
			if (this.known.size() > KEPT) {
				this.known.clear();
			}
			read.apply(unknown).forEach((id, label) -> {
				labels.put(id, label);
				this.known.put(kind + id, new Known(label, version));
			});
		}
		return labels;
	}

	/** A label as of a version of the archive's data. */
	private record Known(String label, long version) {
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

	private List<Object[]> rows(String query, List<Long> ids) {
		return this.entityManager.createQuery(query, Object[].class).setParameter("ids", ids).getResultList();
	}

	/** Values that are their own label: years, sources. */
	static <K> List<FacetValue> plain(Map<K, Long> counts) {
		return counts.entrySet()
			.stream()
			.map((e) -> new FacetValue(String.valueOf(e.getKey()), String.valueOf(e.getKey()), e.getValue()))
			.toList();
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
