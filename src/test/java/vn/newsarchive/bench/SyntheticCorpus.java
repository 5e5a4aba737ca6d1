package vn.newsarchive.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A deterministic synthetic archive for the search benchmark: persons, documents and any
 * number of articles, each article a function of the seed and its id alone (so a corpus
 * is streamed, never held). Articles are made of real sentences and titles whose names
 * and document codes are replaced by the article's own persons and documents (see
 * {@link SentenceTemplates}), have 5 to 30 paragraphs, are dated 2010 to mid-2026, and
 * are written in the traditional or the modern tone placement.
 */
final class SyntheticCorpus {

	static final long DEFAULT_SEED = 20_260_415L;

	private static final LocalDateTime FIRST = LocalDateTime.of(2010, 1, 1, 6, 0);

	private static final long SPAN_MINUTES = ChronoUnit.MINUTES.between(FIRST, LocalDateTime.of(2026, 6, 30, 22, 0));

	private final long seed;

	private final CorpusVocabulary vocabulary;

	private final SentenceTemplates templates;

	private final List<SyntheticPerson> persons;

	private final List<SyntheticDocument> documents;

	SyntheticCorpus(CorpusVocabulary vocabulary, long seed) {
		this.seed = seed;
		this.vocabulary = vocabulary;
		this.templates = new SentenceTemplates(vocabulary);
		Random random = new Random(seed);
		this.persons = SyntheticPeople.generate(vocabulary, random, 3_000);
		this.documents = SyntheticDocuments.generate(vocabulary, random);
	}

	static SyntheticCorpus fromProject(Path projectRoot, long seed) {
		return new SyntheticCorpus(CorpusVocabulary.read(projectRoot), seed);
	}

	List<SyntheticPerson> persons() {
		return this.persons;
	}

	List<SyntheticDocument> documents() {
		return this.documents;
	}

	SyntheticArticle article(long id) {
		Random random = new Random(this.seed * 1_000_003L + id);
		LocalDateTime published = FIRST.plusMinutes((long) (random.nextDouble() * SPAN_MINUTES));
		List<SyntheticPerson> cast = cast(random);
		List<SyntheticDocument> cited = cited(random, published.toLocalDate());
		boolean modern = random.nextInt(100) < 45;
		SentenceTemplates.Renderer text = this.templates.renderer(cast, cited, random);
		String title = text.title();
		String lead = text.lead();
		List<String> paragraphs = new ArrayList<>();
		// 5 to 30 paragraphs, most articles around ten, of one long sentence or two
		int count = 5 + (int) (26 * Math.pow((random.nextDouble() + random.nextDouble()) / 2, 2));
		for (int i = 0; i < count; i++) {
			paragraphs.add(ToneStyle.apply(text.paragraph(i, (random.nextInt(4) == 0) ? 2 : 1), modern));
		}
		List<String> captions = new ArrayList<>();
		for (int i = random.nextInt(3); i > 0; i--) {
			captions.add(ToneStyle.apply(text.caption(), modern));
		}
		String source = (random.nextInt(100) < 85) ? pick(this.vocabulary.sources(), random) : null;
		List<SyntheticArticle.Mention> mentions = new ArrayList<>();
		for (SyntheticPerson person : cast) {
			List<String> titles = person.titles().subList(0, 1 + random.nextInt(person.titles().size()));
			mentions.add(new SyntheticArticle.Mention(person.id(), ToneStyle.apply(String.join(", ", titles), modern)));
		}
		return new SyntheticArticle(id, ToneStyle.apply(title, modern), ToneStyle.apply(lead, modern), paragraphs,
				source, published, mentions, cited.stream().map(SyntheticDocument::id).toList(), captions, modern);
	}

	/** One to four persons, the first persons of the list (the real ones) most often. */
	private List<SyntheticPerson> cast(Random random) {
		Set<SyntheticPerson> cast = new LinkedHashSet<>();
		for (int i = 1 + random.nextInt(4); i > 0; i--) {
			cast.add(this.persons.get((int) (this.persons.size() * Math.pow(random.nextDouble(), 3))));
		}
		return List.copyOf(cast);
	}

	/** None to three documents issued before the article, recent ones most often. */
	private List<SyntheticDocument> cited(Random random, LocalDate published) {
		int roll = random.nextInt(10);
		int count = (roll < 4) ? 0 : (roll < 8) ? 1 : 2 + random.nextInt(2);
		int last = lastIssuedBefore(published);
		Set<Long> seen = new HashSet<>();
		List<SyntheticDocument> cited = new ArrayList<>();
		for (int i = 0; i < count && last >= 0; i++) {
			int index = last - (int) (300 * Math.pow(random.nextDouble(), 2));
			SyntheticDocument document = this.documents.get(Math.max(0, index));
			if (seen.add(document.id())) {
				cited.add(document);
			}
		}
		return cited;
	}

	private int lastIssuedBefore(LocalDate date) {
		int low = 0;
		int high = this.documents.size() - 1;
		int found = -1;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			if (this.documents.get(middle).issuedOn().isBefore(date)) {
				found = middle;
				low = middle + 1;
			}
			else {
				high = middle - 1;
			}
		}
		return found;
	}

	private static <T> T pick(List<T> items, Random random) {
		return items.get(random.nextInt(items.size()));
	}

}
