package vn.newsarchive.importer.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import vn.newsarchive.importer.model.Caption;
import vn.newsarchive.importer.model.DocumentReference;
import vn.newsarchive.importer.model.ExtractedArticle;
import vn.newsarchive.importer.model.MeetingReport;
import vn.newsarchive.importer.model.PersonMention;
import vn.newsarchive.importer.model.SegmentedArticle;
import vn.newsarchive.kernel.PartialDate;

/**
 * The JSON shape of an extraction, as {@code extract} prints it and the golden files hold
 * it.
 */
public final class ExtractionJson {

	private static final ObjectMapper LINE = new ObjectMapper();

	private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private ExtractionJson() {
	}

	/** One line of JSON Lines. */
	public static String line(Map<String, Object> object) {
		return write(LINE, object);
	}

	/** Indented, for golden files a person reviews. */
	public static String pretty(Map<String, Object> object) {
		return write(PRETTY, object) + "\n";
	}

	public static Map<String, Object> error(String file, String message) {
		Map<String, Object> object = new LinkedHashMap<>();
		object.put("file", file);
		object.put("error", message);
		return object;
	}

	public static Map<String, Object> of(ExtractedArticle extracted) {
		SegmentedArticle article = extracted.article();
		Map<String, Object> object = new LinkedHashMap<>();
		object.put("file", extracted.file());
		object.put("title", article.title());
		object.put("lead", article.lead());
		object.put("published", date(article.published()));
		object.put("source", article.source());
		object.put("authors", article.authors());
		object.put("captions", article.captions().stream().map(ExtractionJson::caption).toList());
		object.put("related", article.related());
		object.put("body", article.body());
		object.put("persons", extracted.persons().stream().map(ExtractionJson::person).toList());
		object.put("resolutions", extracted.resolutions().stream().map(ExtractionJson::document).toList());
		object.put("meetings", extracted.meetings().stream().map(ExtractionJson::meeting).toList());
		return object;
	}

	private static Map<String, Object> date(PartialDate date) {
		if (date == null) {
			return null;
		}
		Map<String, Object> object = new LinkedHashMap<>();
		object.put("value", date.value());
		object.put("precision", date.precision().name().toLowerCase(java.util.Locale.ROOT));
		object.put("inferred", date.inferred());
		return object;
	}

	private static Map<String, Object> caption(Caption caption) {
		Map<String, Object> object = new LinkedHashMap<>();
		object.put("text", caption.text());
		object.put("credit", caption.credit());
		return object;
	}

	private static Map<String, Object> person(PersonMention person) {
		Map<String, Object> object = new LinkedHashMap<>();
		object.put("name", person.name());
		object.put("titles", person.titles());
		return object;
	}

	private static Map<String, Object> document(DocumentReference document) {
		Map<String, Object> object = new LinkedHashMap<>();
		object.put("code", document.code());
		object.put("kind", document.kind());
		object.put("number", document.number());
		object.put("issuer", document.issuer());
		object.put("date", (document.date() != null) ? document.date().toString() : null);
		object.put("term", document.term());
		object.put("plenum", document.plenum());
		object.put("title", document.title());
		return object;
	}

	private static Map<String, Object> meeting(MeetingReport meeting) {
		Map<String, Object> object = new LinkedHashMap<>();
		object.put("kind", meeting.kind());
		object.put("title", meeting.title());
		object.put("date", date(meeting.date()));
		object.put("place", meeting.place());
		object.put("organizer", meeting.organizer());
		object.put("delegation", meeting.delegation());
		object.put("delegationNumber", meeting.delegationNumber());
		object.put("chairs", meeting.chairs());
		object.put("participants", meeting.participants());
		object.put("resolutions", meeting.resolutions());
		return object;
	}

	private static String write(ObjectMapper mapper, Map<String, Object> object) {
		try {
			return mapper.writeValueAsString(object);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
