package vn.newsarchive.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.newsarchive.article.Article;
import vn.newsarchive.kernel.DatePrecision;
import vn.newsarchive.meeting.Meeting;
import vn.newsarchive.person.Person;
import vn.newsarchive.resolution.Resolution;

/**
 * A record's editable fields and links as a plain map (strings, lists and maps), the
 * shape stored as JSON in a revision and compared field by field. Derived columns (slug,
 * content hash, times, version) are left out: no editor sets them.
 */
final class Snapshots {

	private Snapshots() {
	}

	/** The kind of record an entity is, or null when it has no history. */
	static RecordKind kindOf(Object entity) {
		if (entity instanceof Article) {
			return RecordKind.ARTICLE;
		}
		if (entity instanceof Person) {
			return RecordKind.PERSON;
		}
		if (entity instanceof Resolution) {
			return RecordKind.RESOLUTION;
		}
		if (entity instanceof Meeting) {
			return RecordKind.MEETING;
		}
		return null;
	}

	static String label(Object entity) {
		if (entity instanceof Article article) {
			return article.getTitle();
		}
		if (entity instanceof Person person) {
			return person.getName();
		}
		if (entity instanceof Resolution resolution) {
			return resolution.getLabel();
		}
		return ((Meeting) entity).getLabel();
	}

	static Map<String, Object> of(Object entity, Links links) {
		if (entity instanceof Article article) {
			return article(article, links);
		}
		if (entity instanceof Person person) {
			return person(person, links);
		}
		if (entity instanceof Resolution resolution) {
			return resolution(resolution);
		}
		return meeting((Meeting) entity, links);
	}

	static Map<String, Object> article(Article article, Links links) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("title", article.getTitle());
		fields.put("lead", article.getLead());
		fields.put("paragraphs", article.getParagraphs());
		fields.put("publishedAt", (article.getPublishedAt() != null) ? article.getPublishedAt().toString() : null);
		fields.put("publishedPrecision", name(article.getPublishedPrecision()));
		fields.put("publishedInferred", article.isPublishedInferred());
		fields.put("source", article.getSource());
		fields.put("authors", List.copyOf(article.getAuthors()));
		fields.put("captions", article.getCaptions().stream().map((caption) -> {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("text", caption.getText());
			map.put("credit", caption.getCredit());
			return map;
		}).toList());
		fields.put("relatedTitles", List.copyOf(article.getRelatedTitles()));
		fields.put("persons", links.mentions(article));
		fields.put("documents", documents(article.getResolutions()));
		return fields;
	}

	static Map<String, Object> person(Person person, Links links) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("name", person.getName());
		fields.put("aliases", person.getAliases().stream().sorted().toList());
		fields.put("positions", links.positions(person));
		return fields;
	}

	static Map<String, Object> resolution(Resolution resolution) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("kind", resolution.getKind());
		fields.put("typeCode", resolution.getTypeCode());
		fields.put("number", resolution.getNumber());
		fields.put("issuer", resolution.getIssuer());
		fields.put("code", resolution.getCode());
		fields.put("term", resolution.getTerm());
		fields.put("issuedOn", date(resolution.getIssuedOn()));
		fields.put("plenum", resolution.getPlenum());
		fields.put("title", resolution.getTitle());
		return fields;
	}

	static Map<String, Object> meeting(Meeting meeting, Links links) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("article", meeting.getArticle().getId());
		fields.put("kind", meeting.getKind());
		fields.put("title", meeting.getTitle());
		fields.put("heldOn", date(meeting.getHeldOn()));
		fields.put("heldPrecision", name(meeting.getHeldPrecision()));
		fields.put("heldInferred", meeting.isHeldInferred());
		fields.put("place", meeting.getPlace());
		fields.put("organizer", meeting.getOrganizer());
		fields.put("delegation", meeting.getDelegation());
		fields.put("delegationNumber", meeting.getDelegationNumber());
		fields.put("participants", links.participants(meeting));
		fields.put("documents", documents(meeting.getResolutions()));
		return fields;
	}

	static Map<String, Object> mention(long personId, String name, String titles) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("id", personId);
		map.put("name", name);
		map.put("titles", titles);
		return map;
	}

	static Map<String, Object> position(String title, LocalDate asOf, DatePrecision precision, boolean inferred,
			Long articleId) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("title", title);
		map.put("asOf", date(asOf));
		map.put("precision", name(precision));
		map.put("inferred", inferred);
		map.put("article", articleId);
		return map;
	}

	static Map<String, Object> participant(long personId, String name, String role) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("id", personId);
		map.put("name", name);
		map.put("role", role);
		return map;
	}

	private static List<Map<String, Object>> documents(Set<Resolution> resolutions) {
		List<Resolution> sorted = new ArrayList<>(resolutions);
		sorted.sort(Comparator.comparing(Resolution::getId));
		return sorted.stream().map((resolution) -> {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("id", resolution.getId());
			map.put("label", resolution.getLabel());
			return map;
		}).toList();
	}

	private static String date(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

}
