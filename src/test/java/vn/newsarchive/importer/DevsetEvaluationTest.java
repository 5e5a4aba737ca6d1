package vn.newsarchive.importer;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.newsarchive.importer.document.DocumentTypes;
import vn.newsarchive.importer.model.DocumentReference;
import vn.newsarchive.importer.model.ExtractedArticle;
import vn.newsarchive.importer.model.PersonMention;
import vn.newsarchive.importer.model.SegmentedArticle;
import vn.newsarchive.importer.segment.PhotoCredit;
import vn.newsarchive.kernel.PartialDate;
import vn.newsarchive.kernel.VietnameseText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole pipeline, from the raw bytes, on the hand-labelled devset (real articles from
 * other sites): person, credit and document counts, titles and publication dates, each
 * pinned at what the importer scores today, and each at 0.9 or better. Documents count
 * only codes of the labelled types (NQ, KL, QĐ, CT, QĐi, HD, TB).
 */
class DevsetEvaluationTest {

	private static final List<String> FILES = List.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10");

	/** The scores as of 6 Dec 2026 (true positives/false positives/false negatives). */
	private static final String PERSONS = "29/0/1";

	private static final String DOCUMENTS = "17/0/0";

	private static final String CREDITS = "4/0/0";

	private static final int TITLES_RIGHT = 10;

	private static final int DATES_RIGHT = 10;

	private final ArticlePipeline pipeline = new ArticlePipeline();

	private final DocumentTypes types = new DocumentTypes();

	@Test
	void personsDocumentsTitlesAndDatesKeepTheirPinnedScores() throws Exception {
		ObjectMapper json = new ObjectMapper();
		Score persons = new Score();
		Score documents = new Score();
		Score credits = new Score();
		int titlesRight = 0;
		int datesRight = 0;
		System.out.printf("%-4s %-22s %-22s %s%n", "file", "persons tp/fp/fn", "documents tp/fp/fn", "misses");
		for (String file : FILES) {
			JsonNode labels = json.readTree(Fixtures.resource("/devset/" + file + ".json"));
			ExtractedArticle found = this.pipeline.extract(file + ".txt",
					Fixtures.resource("/devset/" + file + ".txt").getBytes(StandardCharsets.UTF_8));
			titlesRight += sameText(labels.get("title"), found.article().title()) ? 1 : 0;
			datesRight += sameText(labels.get("date"), publicationDay(found.article().published())) ? 1 : 0;
			Score c = Score.of(keys(labels.get("credits")), credits(found.article()));
			credits.add(c);
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
			Score p = Score.of(goldPersons, foundPersons);
			Score d = Score.of(goldCodes, foundCodes);
			persons.add(p);
			documents.add(d);
			System.out.printf("%-4s %-22s %-22s %s credits %s%n", file, p, d,
					misses(goldPersons, foundPersons, goldCodes, foundCodes), c);
		}
		double titleAccuracy = titlesRight / (double) FILES.size();
		double dateAccuracy = datesRight / (double) FILES.size();
		System.out.printf(
				"micro-F1 persons %.3f (%s), documents %.3f (%s), credits %.3f (%s); title accuracy %.2f,"
						+ " date accuracy %.2f%n",
				persons.f1(), persons, documents.f1(), documents, credits.f1(), credits, titleAccuracy, dateAccuracy);
		// pinned exactly (issue 17): a rule that loses one person, document, credit,
		// title
		// or date fails the build; one that wins one fails it too, until the pin is
		// raised in the same commit, so that the gain is recorded
		assertThat(persons).as("persons tp/fp/fn").hasToString(PERSONS);
		assertThat(documents).as("documents tp/fp/fn").hasToString(DOCUMENTS);
		assertThat(credits).as("credits tp/fp/fn").hasToString(CREDITS);
		assertThat(titlesRight).as("titles right of " + FILES.size()).isEqualTo(TITLES_RIGHT);
		assertThat(datesRight).as("publication dates right of " + FILES.size()).isEqualTo(DATES_RIGHT);
		assertThat(persons.f1()).isGreaterThanOrEqualTo(0.9);
		assertThat(documents.f1()).isGreaterThanOrEqualTo(0.9);
		assertThat(credits.f1()).isGreaterThanOrEqualTo(0.9);
		assertThat(titleAccuracy).isGreaterThanOrEqualTo(0.9);
		assertThat(dateAccuracy).isGreaterThanOrEqualTo(0.9);
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
		return (published == null || published.inferred()) ? null : published.startDate().toString();
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
		array.forEach((node) -> keys.add(VietnameseText.key(node.asText())));
		return keys;
	}

	private static String misses(Set<String> goldPersons, Set<String> foundPersons, Set<String> goldCodes,
			Set<String> foundCodes) {
		Set<String> out = new HashSet<>();
		goldPersons.stream().filter((k) -> !foundPersons.contains(k)).forEach((k) -> out.add("-" + k));
		foundPersons.stream().filter((k) -> !goldPersons.contains(k)).forEach((k) -> out.add("+" + k));
		goldCodes.stream().filter((k) -> !foundCodes.contains(k)).forEach((k) -> out.add("-" + k));
		foundCodes.stream().filter((k) -> !goldCodes.contains(k)).forEach((k) -> out.add("+" + k));
		return out.toString();
	}

	/** True positives, false positives and false negatives, summed over files. */
	private static final class Score {

		int tp;

		int fp;

		int fn;

		static Score of(Set<String> gold, Set<String> found) {
			Score score = new Score();
			score.tp = (int) found.stream().filter(gold::contains).count();
			score.fp = found.size() - score.tp;
			score.fn = gold.size() - score.tp;
			return score;
		}

		void add(Score other) {
			this.tp += other.tp;
			this.fp += other.fp;
			this.fn += other.fn;
		}

		double f1() {
			return (this.tp == 0) ? ((this.fp + this.fn == 0) ? 1.0 : 0.0)
					: 2.0 * this.tp / (2.0 * this.tp + this.fp + this.fn);
		}

		@Override
		public String toString() {
			return this.tp + "/" + this.fp + "/" + this.fn;
		}

	}

}
