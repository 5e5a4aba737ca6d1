package vn.newsarchive.importer.meeting;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import vn.newsarchive.importer.document.DocumentCitation;
import vn.newsarchive.importer.eventdate.EventDateMention;
import vn.newsarchive.importer.eventdate.EventDateParser;
import vn.newsarchive.importer.eventdate.RelativeDay;
import vn.newsarchive.importer.eventdate.YearInference;
import vn.newsarchive.importer.model.MeetingReport;
import vn.newsarchive.importer.model.PersonMention;
import vn.newsarchive.importer.person.PersonOccurrence;
import vn.newsarchive.importer.text.ArticleText;
import vn.newsarchive.importer.text.Passage;
import vn.newsarchive.kernel.PartialDate;

/**
 * The event an article reports, read from its opening: the first passage of the lead and
 * body whose dated sentence shows an event ("Chiều 6/11, tại ... chủ trì hội nghị"; a
 * date on the signing of a document is none) or, failing that, a conference named in the
 * title or lead, or an event verb in the lead. Teasers are never read. Thread-safe.
 */
public final class MeetingExtractor {

	/** How far into the story the event passage is looked for. */
	private static final int OPENING = 6;

	/** How many passages from the event passage on say what the event was about. */
	private static final int ABOUT = 4;

	private final EventDateParser dates = new EventDateParser();

	private final YearInference years = new YearInference();

	private final RelativeDay today = new RelativeDay();

	private final MeetingKinds kinds = new MeetingKinds();

	private final EventEvidence evidence = new EventEvidence();

	private final ChairFinder chairs = new ChairFinder();

	private final DecisionSubjects subjects = new DecisionSubjects();

	public List<MeetingReport> extract(ArticleText article, List<PersonOccurrence> people, List<PersonMention> persons,
			List<DocumentCitation> documents) {
		List<Passage> story = article.story();
		List<Passage> opening = story.stream().filter((p) -> p.part() != Passage.Part.TITLE).limit(OPENING).toList();
		// a caption dated like a lede ("Sáng 27/2/2019, tại Phủ Chủ tịch, ...") stands in
		// for a lede the page set under its photo
		List<Passage> captions = article.passages().stream().filter((p) -> p.part() == Passage.Part.CAPTION).toList();
		String storyText = story.stream().map(Passage::text).collect(Collectors.joining(" "));
		YearInference.Hints hints = YearInference.Hints.from(storyText)
			.citing(documents.stream().map((d) -> d.document().date()).toList(), storyText);
		for (Passage passage : Stream.concat(opening.stream(), captions.stream()).toList()) {
			Optional<List<MeetingReport>> dated = dated(article, passage, hints, people, persons, documents);
			if (dated.isPresent()) {
				return dated.get();
			}
			Optional<List<MeetingReport>> today = today(article, passage, people, persons, documents);
			if (today.isPresent()) {
				return today.get();
			}
		}
		for (Passage passage : story.stream().limit(3).toList()) {
			String text = passage.text();
			String conference = EventPhrases.conference(text);
			boolean action = passage.part() != Passage.Part.TITLE
					&& this.evidence.reportsAction(Sentences.from(text, 0));
			if (conference == null && !action && !this.evidence.namesEvent(text)) {
				continue;
			}
			// a date right after the conference's name is its own, even written
			// like a document's ("tại Hội nghị ..., ngày 7-4-2015")
			PartialDate when = Optional.ofNullable(conference)
				.flatMap((c) -> this.dates.findAfter(text, text.indexOf(c) + c.length()))
				.flatMap((d) -> this.years.complete(d, article.published(), hints))
				.or(() -> this.today.of(Sentences.from(text, 0), article.published()))
				.or(() -> this.years.yearOnly(article.published(), hints))
				.orElse(null);
			List<MeetingReport> meeting = report(article, passage, text, text, when, people, persons, documents);
			if (!meeting.isEmpty()) {
				return meeting;
			}
		}
		return List.of();
	}

	/**
	 * The event of a passage with no dated event whose first sentence reports one and
	 * says "today" ("Sáng nay, Tỉnh ủy tổ chức họp báo …"): the publication's day, before
	 * the days later paragraphs announce ("Đại hội diễn ra từ ngày 29-30/9").
	 */
	private Optional<List<MeetingReport>> today(ArticleText article, Passage passage, List<PersonOccurrence> people,
			List<PersonMention> persons, List<DocumentCitation> documents) {
		String text = passage.text();
		String first = Sentences.from(text, 0);
		if (!this.evidence.reportsEvent(first)) {
			return Optional.empty();
		}
		return this.today.of(first, article.published())
			.map((when) -> report(article, passage, text, first, when, people, persons, documents))
			.filter((meeting) -> !meeting.isEmpty());
	}

	/**
	 * The event of the first dated sentence of the passage that shows one: a sentence
	 * about an announcement ("Ngày 22-3-2021, ... đã ra thông báo về kỳ họp") gives way
	 * to the next date ("Theo đó, trong các ngày 18, 19 và 22-3-2021, ... đã họp").
	 */
	private Optional<List<MeetingReport>> dated(ArticleText article, Passage passage, YearInference.Hints hints,
			List<PersonOccurrence> people, List<PersonMention> persons, List<DocumentCitation> documents) {
		String text = passage.text();
		for (Optional<EventDateMention> date = this.dates.find(text, 0); date
			.isPresent(); date = this.dates.find(text, date.get().end())) {
			// the whole sentence: its subject and kind may come before the date
			int start = Sentences.start(text, date.get().start());
			String sentence = Sentences.from(text, start);
			if (this.evidence.reportsEvent(sentence)) {
				PartialDate when = this.years.complete(date.get(), article.published(), hints).orElse(null);
				return Optional
					.of(report(article, passage, text.substring(start), sentence, when, people, persons, documents));
			}
		}
		return Optional.empty();
	}

	private List<MeetingReport> report(ArticleText article, Passage passage, String event, String sentence,
			PartialDate date, List<PersonOccurrence> people, List<PersonMention> persons,
			List<DocumentCitation> documents) {
		String kind = this.kinds.kindOf(sentence).or(() -> this.kinds.kindOf(event)).orElse(null);
		String title = EventPhrases.conference(MeetingKinds.withoutOccasion(event));
		if (title == null && "Đại hội".equals(kind)) {
			title = Stream.of(event, sentence)
				.map(EventPhrases::congress)
				.filter((t) -> t != null)
				.findFirst()
				.orElse(null);
		}
		if (title == null && "Hội nghị".equals(kind)) {
			title = article.story()
				.stream()
				.map((p) -> EventPhrases.conference(p.text()))
				.filter((t) -> t != null)
				.findFirst()
				.orElse(null);
		}
		String[] delegation = EventPhrases.delegation(event);
		List<String> chairs = this.chairs.chairs(article, people);
		Set<String> subjects = this.subjects.of(article, people);
		List<String> participants = persons.stream()
			.map(PersonMention::name)
			.filter((n) -> !chairs.contains(n) && !subjects.contains(n))
			.toList();
		Set<Integer> about = new LinkedHashSet<>();
		List<Passage> story = article.story();
		// a caption's event is what the story opens with
		int from = Math.max(0, story.indexOf(passage));
		story.subList(from, Math.min(story.size(), from + ABOUT)).forEach((p) -> about.add(p.index()));
		List<String> resolutions = documents.stream()
			.filter((d) -> d.passages().stream().anyMatch(about::contains))
			.map(DocumentCitation::label)
			.toList();
		String place = EventPhrases.places(sentence)
			.stream()
			.filter((p) -> !this.evidence.namesMeeting(p))
			.findFirst()
			.orElse(null);
		if (kind == null && title == null && place == null && chairs.isEmpty()) {
			// nothing but a date and documents: no evidence of an event worth a record
			return List.of();
		}
		return List.of(new MeetingReport(kind, title, date, place, EventPhrases.organiser(event),
				(delegation != null) ? delegation[0] : null, (delegation != null) ? delegation[1] : null, chairs,
				participants, resolutions));
	}

}
