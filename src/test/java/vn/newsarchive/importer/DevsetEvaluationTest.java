package vn.newsarchive.importer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import vn.newsarchive.importer.document.DocumentTypes;
import vn.newsarchive.importer.model.DocumentReference;
import vn.newsarchive.importer.model.PersonMention;
import vn.newsarchive.importer.text.VietnameseText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Person and document micro-F1 over the hand-labelled devset. Documents count only codes
 * of the labelled types (NQ, KL, QĐ, CT, QĐi, HD, TB). Until the segmenter is wired in,
 * each file is fed naively: blocks split on blank lines, hard-wrapped lines joined, all
 * as body.
 */
class DevsetEvaluationTest {

	private static final List<String> FILES = List.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10");

	private final EntityExtractor extractor = new EntityExtractor();

	private final DocumentTypes types = new DocumentTypes();

	@Test
	void personAndDocumentMicroF1AtLeast90Percent() throws Exception {
		ObjectMapper json = new ObjectMapper();
		Score persons = new Score();
		Score documents = new Score();
		System.out.printf("%-4s %-22s %-22s %s%n", "file", "persons tp/fp/fn", "documents tp/fp/fn", "misses");
		for (String file : FILES) {
			JsonNode labels = json.readTree(Fixtures.resource("/devset/" + file + ".json"));
			Entities found = this.extractor.extract(Fixtures.devset(file));
			Set<String> goldPersons = keys(labels.get("persons"));
			Set<String> foundPersons = found.persons()
				.stream()
				.map(PersonMention::name)
				.map(VietnameseText::key)
				.collect(Collectors.toSet());
			Set<String> goldCodes = keys(labels.get("resolutions"));
			Set<String> foundCodes = found.documents()
				.stream()
				.map(DocumentReference::code)
				.filter(this.types::isResolutionCode)
				.map(VietnameseText::key)
				.collect(Collectors.toSet());
			Score p = Score.of(goldPersons, foundPersons);
			Score d = Score.of(goldCodes, foundCodes);
			persons.add(p);
			documents.add(d);
			System.out.printf("%-4s %-22s %-22s %s%n", file, p, d,
					misses(goldPersons, foundPersons, goldCodes, foundCodes));
		}
		System.out.printf("micro-F1 persons %.3f (%s), documents %.3f (%s)%n", persons.f1(), persons, documents.f1(),
				documents);
		assertThat(persons.f1()).isGreaterThanOrEqualTo(0.9);
		assertThat(documents.f1()).isGreaterThanOrEqualTo(0.9);
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
