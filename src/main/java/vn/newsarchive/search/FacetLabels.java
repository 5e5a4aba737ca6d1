package vn.newsarchive.search;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.newsarchive.person.Person;
import vn.newsarchive.person.PersonRepository;
import vn.newsarchive.resolution.Resolution;
import vn.newsarchive.resolution.ResolutionRepository;

/**
 * Names for the facet values the index holds as ids: one query per facet for its top
 * values only.
 */
@Component
class FacetLabels {

	private final PersonRepository persons;

	private final ResolutionRepository resolutions;

	FacetLabels(PersonRepository persons, ResolutionRepository resolutions) {
		this.persons = persons;
		this.resolutions = resolutions;
	}

	List<FacetValue> persons(Map<Long, Long> counts) {
		Map<Long, String> names = this.persons.findAllById(ids(counts))
			.stream()
			.collect(Collectors.toMap(Person::getId, Person::getName));
		return labelled(counts, names);
	}

	List<FacetValue> documents(Map<Long, Long> counts) {
		Map<Long, String> names = this.resolutions.findAllById(ids(counts))
			.stream()
			.collect(Collectors.toMap(Resolution::getId, FacetLabels::documentLabel));
		return labelled(counts, names);
	}

	/**
	 * Two documents may share a code (numbers restart each term): the term tells them
	 * apart.
	 */
	static String documentLabel(Resolution resolution) {
		return (resolution.getTerm() != null) ? resolution.getLabel() + " (" + resolution.getTerm() + ")"
				: resolution.getLabel();
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
