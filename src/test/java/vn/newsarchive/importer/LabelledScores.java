package vn.newsarchive.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import vn.newsarchive.importer.document.DocumentTypes;
import vn.newsarchive.importer.model.DocumentReference;
import vn.newsarchive.importer.model.ExtractedArticle;
import vn.newsarchive.importer.model.MeetingReport;
import vn.newsarchive.importer.model.PersonMention;
import vn.newsarchive.importer.model.SegmentedArticle;
import vn.newsarchive.importer.segment.PhotoCredit;
import vn.newsarchive.kernel.PartialDate;
import vn.newsarchive.kernel.VietnameseText;

/**
 * The scores of the whole pipeline against hand labels in the devset's format (see
 * {@code devset/README.md}), summed over files: persons, documents and credits as
 * {@link Score}s, headlines and publication dates right. Labels that also give each
 * person's {@code titles} ({name: [title, …]}) and each meeting's {@code chairs} and
 * {@code date} ({@code YYYY-MM-DD}; {@code MM-DD} when the text gives no year, which
 * scores nothing) score those too: a person's titles are right when the importer found
 * exactly the labelled set, a meeting date when it has the labelled day (and year, when
 * labelled).
 */
final class LabelledScores {

	final Score persons = new Score();

	final Score documents = new Score();

	final Score credits = new Score();

	final Score chairs = new Score();

	int files;

	int headlinesRight;

	int datesRight;

	int titledPersons;

	int titlesRight;

	int meetingDates;

	int meetingDatesRight;

	/** The files the importer refused, each with its reason. */
	final List<String> refusals = new ArrayList<>();

	private final DocumentTypes types = new DocumentTypes();

	/**
	 * Scores a file the importer refused as a total miss: its headline and publication
	 * date wrong, and every labelled person, document, credit, title, chair and meeting
	 * date missed.
	 */
	String refused(String file, JsonNode labels, String reason) {
		this.files++;
		this.refusals.add(file + " (" + reason + ")");
		Set<String> out = new LinkedHashSet<>();
		out.add("refused: " + reason);
		this.credits.add(Score.of(keys(labels.get("credits")), Set.of()));
		this.persons.add(Score.of(keys(labels.get("persons")), Set.of()));
		this.documents.add(Score.of(keys(labels.get("resolutions")), Set.of()));
		titles(labels.get("titles"), List.of(), new LinkedHashSet<>());
		meetings(labels.get("meetings"), List.of(), new LinkedHashSet<>());
		return out.toString();
	}

	/** Scores one file and returns what it missed or added, for the report. */
	String add(JsonNode labels, ExtractedArticle found) {
		this.files++;
		Set<String> out = new LinkedHashSet<>();
		if (sameText(labels.get("title"), found.article().title())) {
			this.headlinesRight++;
		}
		else {
			out.add("headline:" + found.article().title());
		}
		String day = publicationDay(found.article().published());
		if (sameText(labels.get("date"), day)) {
			this.datesRight++;
		}
		else {
			out.add("date:" + day);
		}
		this.credits.add(Score.of(keys(labels.get("credits")), credits(found.article())));
		Set<String> goldPersons = keys(labels.get("persons"));
		Set<String> foundPersons = found.persons()
			.stream()
			.map(PersonMention::name)
			.map(VietnameseText::key)
			.collect(Collectors.toSet());
		Set<String> goldCodes = keys(labels.get("resolutions"));
		Set<String> foundCodes = found.resolutions()
			.stream()
			.map(DocumentReference::code)
			.filter(this.types::isResolutionCode)
			.map(VietnameseText::key)
			.collect(Collectors.toSet());
		this.persons.add(Score.of(goldPersons, foundPersons));
		this.documents.add(Score.of(goldCodes, foundCodes));
		differences(goldPersons, foundPersons, out);
		differences(goldCodes, foundCodes, out);
		titles(labels.get("titles"), found.persons(), out);
		meetings(labels.get("meetings"), found.meetings(), out);
		return out.toString();
	}

	private void titles(JsonNode labels, List<PersonMention> found, Set<String> out) {
		if (labels == null) {
			return;
		}
		labels.fields().forEachRemaining((entry) -> {
			Set<String> gold = keys(entry.getValue());
			if (gold.isEmpty()) {
				return;
			}
			this.titledPersons++;
			String name = VietnameseText.key(entry.getKey());
			Set<String> titles = found.stream()
				.filter((p) -> VietnameseText.key(p.name()).equals(name))
				.flatMap((p) -> p.titles().stream())
				.map(VietnameseText::key)
				.collect(Collectors.toSet());
			if (titles.equals(gold)) {
				this.titlesRight++;
			}
			else {
				out.add("titles " + name + ":" + titles);
			}
		});
	}

	private void meetings(JsonNode labels, List<MeetingReport> found, Set<String> out) {
		if (labels == null) {
			return;
		}
		Set<String> gold = new HashSet<>();
		labels.forEach((meeting) -> gold.addAll(keys(meeting.get("chairs"))));
		Set<String> chairs = found.stream()
			.flatMap((m) -> m.chairs().stream())
			.map(VietnameseText::key)
			.collect(Collectors.toSet());
		this.chairs.add(Score.of(gold, chairs));
		gold.stream().filter((k) -> !chairs.contains(k)).forEach((k) -> out.add("-chair " + k));
		chairs.stream().filter((k) -> !gold.contains(k)).forEach((k) -> out.add("+chair " + k));
		labels.forEach((meeting) -> {
			JsonNode date = meeting.get("date");
			// a day stated without a year anywhere cannot be dated, so it scores nothing
			if (date == null || date.isNull() || date.asText().split("-").length < 3) {
				return;
			}
			this.meetingDates++;
			PartialDate day = found.isEmpty() ? null : found.get(0).date();
			if (sameDay(date.asText(), day)) {
				this.meetingDatesRight++;
			}
			else {
				out.add("meeting date:" + ((day != null) ? day.value() : null));
			}
		});
	}

	/** The labelled day, "2019-11-06", year included. */
	private static boolean sameDay(String label, PartialDate found) {
		return found != null && found.day() != null && label.equals(found.startDate().toString());
	}

	String summary() {
		return String.format(
				"%d files: persons F1 %.3f (%s), documents F1 %.3f (%s), credits F1 %.3f (%s), headlines %d/%d,"
						+ " publication dates %d/%d, titles given to persons %d/%d (%.0f %%), chairs F1 %.3f (%s,"
						+ " recall %.2f), meeting dates %d/%d%s",
				this.files, this.persons.f1(), this.persons, this.documents.f1(), this.documents, this.credits.f1(),
				this.credits, this.headlinesRight, this.files, this.datesRight, this.files, this.titlesRight,
				this.titledPersons, (this.titledPersons == 0) ? 100.0 : 100.0 * this.titlesRight / this.titledPersons,
				this.chairs.f1(), this.chairs, this.chairs.recall(), this.meetingDatesRight, this.meetingDates,
				this.refusals.isEmpty() ? ""
						: "; " + this.refusals.size() + " refused: " + String.join(", ", this.refusals));
	}

	/**
	 * A label of null means the text states none, so the importer must claim none either.
	 */
	private static boolean sameText(JsonNode label, String found) {
		if (label == null || label.isNull()) {
			return found == null;
		}
		return found != null && VietnameseText.key(label.asText()).equals(VietnameseText.key(found));
	}

	private static String publicationDay(PartialDate published) {
		// a crawler token of year and month only is no publication day
		return (published == null || published.inferred() || published.day() == null) ? null
				: published.startDate().toString();
	}

	/** Authors and the people (not agencies) named in photo credits. */
	private static Set<String> credits(SegmentedArticle article) {
		Set<String> names = new HashSet<>();
		article.authors().forEach((author) -> names.add(VietnameseText.key(author)));
		article.captions()
			.stream()
			.filter((caption) -> caption.credit() != null)
			.flatMap((caption) -> PhotoCredit.parse(caption.credit()).people().stream())
			.forEach((person) -> names.add(VietnameseText.key(person)));
		return names;
	}

	private static Set<String> keys(JsonNode array) {
		Set<String> keys = new HashSet<>();
		if (array != null) {
			array.forEach((node) -> keys.add(VietnameseText.key(node.asText())));
		}
		return keys;
	}

	private static void differences(Set<String> gold, Set<String> found, Set<String> out) {
		gold.stream().filter((k) -> !found.contains(k)).forEach((k) -> out.add("-" + k));
		found.stream().filter((k) -> !gold.contains(k)).forEach((k) -> out.add("+" + k));
	}

}
