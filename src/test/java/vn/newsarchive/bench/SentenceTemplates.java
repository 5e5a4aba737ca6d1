package vn.newsarchive.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Real sentences and titles turned into templates: each real name becomes a person slot
 * and each document citation ({@code Nghị quyết số 26-NQ/TW ngày 19/5/2018}) a document
 * slot, so an article can say them of its own persons and documents.
 */
final class SentenceTemplates {

	private static final char PERSON = '\u0001';

	private static final char DOCUMENT = '\u0002';

	private static final Pattern CITATION = Pattern
		.compile("(?:(?:Nghị quyết|Kết luận|Chỉ thị|Quyết định|Quy định|Hướng dẫn|Thông báo)(?:\\s+số)?\\s+)?"
				+ "\\d{1,4}-\\p{L}{2,3}/\\p{L}+(?:,?\\s+ngày\\s+\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4})?");

	private final List<String> plain = new ArrayList<>();

	private final List<String> named = new ArrayList<>();

	private final List<String> citing = new ArrayList<>();

	private final List<String> titles;

	private final List<String> captions;

	SentenceTemplates(CorpusVocabulary vocabulary) {
		Pattern names = Pattern.compile(vocabulary.realNames()
			.stream()
			.sorted(Comparator.comparing(String::length).reversed())
			.map(Pattern::quote)
			.collect(Collectors.joining("|")));
		for (String sentence : vocabulary.sentences()) {
			String template = template(sentence, names);
			(template.indexOf(DOCUMENT) >= 0 ? this.citing : template.indexOf(PERSON) >= 0 ? this.named : this.plain)
				.add(template);
		}
		this.titles = vocabulary.titles().stream().map((title) -> template(title, names)).toList();
		this.captions = vocabulary.captions().stream().map((caption) -> template(caption, names)).toList();
	}

	private static String template(String text, Pattern names) {
		String marked = names.matcher(text).replaceAll(Matcher.quoteReplacement(String.valueOf(PERSON)));
		return CITATION.matcher(marked).replaceAll(Matcher.quoteReplacement(String.valueOf(DOCUMENT)));
	}

	Renderer renderer(List<SyntheticPerson> cast, List<SyntheticDocument> cited, Random random) {
		return new Renderer(cast, cited, random);
	}

	/** Fills templates with one article's persons and documents. */
	final class Renderer {

		private final List<SyntheticPerson> cast;

		private final List<SyntheticDocument> cited;

		private final Random random;

		private final Set<Long> introduced = new HashSet<>();

		private int nextPerson;

		private int nextDocument;

		private Renderer(List<SyntheticPerson> cast, List<SyntheticDocument> cited, Random random) {
			this.cast = cast;
			this.cited = cited;
			this.random = random;
		}

		String title() {
			String title = pick(this.cited.isEmpty() ? withoutDocuments(SentenceTemplates.this.titles)
					: SentenceTemplates.this.titles);
			return fill(title, Citation.CODE);
		}

		String lead() {
			return fill(pick(SentenceTemplates.this.named), Citation.FULL);
		}

		String caption() {
			return fill(pick(SentenceTemplates.this.captions), Citation.CODE);
		}

		/**
		 * The first paragraphs introduce the documents; later ones refer back to them.
		 */
		String paragraph(int index, int sentences) {
			StringBuilder paragraph = new StringBuilder();
			for (int i = 0; i < sentences; i++) {
				int roll = this.random.nextInt(100);
				String template;
				Citation citation = Citation.FULL;
				if (index >= 1 && index <= this.cited.size() && i == 0) {
					template = pick(SentenceTemplates.this.citing);
				}
				else if (!this.cited.isEmpty() && index > 2 && roll < 6) {
					template = pick(SentenceTemplates.this.citing);
					citation = Citation.SHORT;
				}
				else {
					template = pick(
							(roll < 25 || index == 0) ? SentenceTemplates.this.named : SentenceTemplates.this.plain);
				}
				paragraph.append((i > 0) ? " " : "").append(fill(template, citation));
			}
			return paragraph.toString();
		}

		private String fill(String template, Citation citation) {
			StringBuilder out = new StringBuilder(template.length() + 64);
			for (int i = 0; i < template.length(); i++) {
				char c = template.charAt(i);
				if (c == PERSON) {
					SyntheticPerson person = this.cast.get(this.nextPerson++ % this.cast.size());
					out.append(person.name());
					if (this.introduced.add(person.id())) {
						out.append(", ").append(String.join(", ", person.titles()));
					}
				}
				else if (c == DOCUMENT) {
					out.append(this.cited.isEmpty() ? "Nghị quyết Đại hội XIII" : citation.of(nextDocument()));
				}
				else {
					out.append(c);
				}
			}
			return out.toString();
		}

		private SyntheticDocument nextDocument() {
			return this.cited.get(this.nextDocument++ % this.cited.size());
		}

		private List<String> withoutDocuments(List<String> templates) {
			List<String> without = templates.stream().filter((t) -> t.indexOf(DOCUMENT) < 0).toList();
			return without.isEmpty() ? templates : without;
		}

		private String pick(List<String> templates) {
			return templates.get(this.random.nextInt(templates.size()));
		}

	}

	private enum Citation {

		FULL, CODE, SHORT;

		String of(SyntheticDocument document) {
			return switch (this) {
				case FULL -> document.fullReference();
				case CODE -> document.kind() + " số " + document.code();
				case SHORT -> document.shortReference();
			};
		}

	}

}
