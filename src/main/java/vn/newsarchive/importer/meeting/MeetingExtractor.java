package vn.newsarchive.importer.meeting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.newsarchive.importer.document.DocumentCitation;
import vn.newsarchive.importer.eventdate.EventDateMention;
import vn.newsarchive.importer.eventdate.EventDateParser;
import vn.newsarchive.importer.eventdate.YearInference;
import vn.newsarchive.importer.model.MeetingReport;
import vn.newsarchive.importer.model.PartialDate;
import vn.newsarchive.importer.model.PersonMention;
import vn.newsarchive.importer.person.PersonOccurrence;
import vn.newsarchive.importer.text.ArticleText;
import vn.newsarchive.importer.text.Passage;
import vn.newsarchive.importer.text.WordList;

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

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+\\p{Lu}|\\s*$)");

	/**
	 * A stretch of one clause, up to "đã" before a verb: no break, no agent, no passive.
	 */
	private static final Pattern CLAUSE_THEN_CHAIR = Pattern
		.compile("(?:(?!\\s(?:do|được|dưới sự)\\s)[^.;:!?]){1,160}?(?=\\sđã\\s)");

	private final EventDateParser dates = new EventDateParser();

	private final YearInference years = new YearInference();

	private final MeetingKinds kinds = new MeetingKinds();

	private final EventEvidence evidence = new EventEvidence();

	/**
	 * "tiếp Đại sứ ...": the host of a reception chairs it; "tiếp tục" is no reception.
	 */
	private final Pattern chairVerb = Pattern.compile("^[\\s,]*(?:(?:đã|cùng|đến|thăm|và)\\s+){0,4}(?:"
			+ WordList.load("chair-verbs.txt").alternation() + "(?![\\p{L}])|tiếp\\s+(?=\\p{Lu}))");

	/** "Trưởng đoàn đại biểu Quốc hội" is a standing post, not the head of this visit. */
	private final Pattern chairTitle = Pattern.compile("(?iu)^(?:phó\\s+)?trưởng đoàn(?!\\s+(?:đại biểu|ĐBQH))");

	public List<MeetingReport> extract(ArticleText article, List<PersonOccurrence> people, List<PersonMention> persons,
			List<DocumentCitation> documents) {
		List<Passage> story = article.story();
		List<Passage> opening = story.stream().filter((p) -> p.part() != Passage.Part.TITLE).limit(OPENING).toList();
		YearInference.Hints hints = YearInference.Hints
			.from(story.stream().map(Passage::text).collect(Collectors.joining(" ")));
		for (Passage passage : opening) {
			Optional<EventDateMention> date = this.dates.find(passage.text());
			if (date.isEmpty()) {
				continue;
			}
			// the whole sentence: its subject and kind may come before the date
			int start = sentenceStart(passage.text(), date.get().start());
			String sentence = sentenceFrom(passage.text(), start);
			if (this.evidence.reportsEvent(sentence)) {
				PartialDate when = this.years.complete(date.get(), article.published(), hints).orElse(null);
				return report(article, passage, passage.text().substring(start), sentence, when, people, persons,
						documents);
			}
		}
		for (Passage passage : story.stream().limit(3).toList()) {
			String text = passage.text();
			String conference = EventPhrases.conference(text);
			boolean action = passage.part() != Passage.Part.TITLE && this.evidence.reportsAction(sentenceFrom(text, 0));
			if (conference == null && !action) {
				continue;
			}
			// a date right after the conference's name is its own, even written
			// like a document's ("tại Hội nghị ..., ngày 7-4-2015")
			PartialDate when = Optional.ofNullable(conference)
				.flatMap((c) -> this.dates.findAfter(text, text.indexOf(c) + c.length()))
				.flatMap((d) -> this.years.complete(d, article.published(), hints))
				.or(() -> this.years.yearOnly(article.published(), hints))
				.orElse(null);
			List<MeetingReport> meeting = report(article, passage, text, text, when, people, persons, documents);
			if (!meeting.isEmpty()) {
				return meeting;
			}
		}
		return List.of();
	}

	private List<MeetingReport> report(ArticleText article, Passage passage, String event, String sentence,
			PartialDate date, List<PersonOccurrence> people, List<PersonMention> persons,
			List<DocumentCitation> documents) {
		String kind = this.kinds.kindOf(sentence).or(() -> this.kinds.kindOf(event)).orElse(null);
		String title = EventPhrases.conference(event);
		if (title == null && "Hội nghị".equals(kind)) {
			title = article.story()
				.stream()
				.map((p) -> EventPhrases.conference(p.text()))
				.filter((t) -> t != null)
				.findFirst()
				.orElse(null);
		}
		String[] delegation = EventPhrases.delegation(event);
		List<String> chairs = chairs(article, people);
		List<String> participants = persons.stream()
			.map(PersonMention::name)
			.filter((n) -> !chairs.contains(n))
			.toList();
		Set<Integer> about = new LinkedHashSet<>();
		List<Passage> story = article.story();
		int from = story.indexOf(passage);
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

	/**
	 * People who chair, co-chair or lead: "... chủ trì", "... làm Trưởng đoàn", "Trưởng
	 * đoàn ...".
	 */
	private List<String> chairs(ArticleText article, List<PersonOccurrence> people) {
		Set<String> keys = new LinkedHashSet<>();
		List<String> names = new ArrayList<>();
		for (PersonOccurrence person : people) {
			String text = article.passages().get(person.passage()).text();
			boolean chairs = this.chairVerb.matcher(text).region(person.chainEnd(), text.length()).lookingAt()
					|| chairsLaterInClause(text, person, people)
					|| person.titles().stream().anyMatch((t) -> this.chairTitle.matcher(t).find());
			if (chairs && keys.add(person.key())) {
				names.add(person.name());
			}
		}
		return names;
	}

	/**
	 * "Tổng Bí thư X, Trưởng Ban Chỉ đạo ... về khoa học, công nghệ và chuyển đổi số đã
	 * chủ trì phiên họp": a title holding commas may end the title chain early, so the
	 * chair verb may come later in the same clause, before any other person, sentence
	 * break or agent ("do Ban Thường vụ chủ trì" names another chair).
	 */
	private boolean chairsLaterInClause(String text, PersonOccurrence person, List<PersonOccurrence> people) {
		int end = people.stream()
			.filter((other) -> other.passage() == person.passage() && other.start() >= person.chainEnd())
			.mapToInt(PersonOccurrence::start)
			.min()
			.orElse(text.length());
		Matcher gap = CLAUSE_THEN_CHAIR.matcher(text).region(person.chainEnd(), end);
		if (!gap.lookingAt()) {
			return false;
		}
		return this.chairVerb.matcher(text).region(gap.end(), end).lookingAt();
	}

	private static int sentenceStart(String text, int position) {
		var end = SENTENCE_END.matcher(text).region(0, position).useTransparentBounds(true).useAnchoringBounds(false);
		int start = 0;
		while (end.find()) {
			start = end.end();
		}
		return start;
	}

	private static String sentenceFrom(String text, int start) {
		var end = SENTENCE_END.matcher(text).region(start, text.length());
		return end.find() ? text.substring(start, end.end()) : text.substring(start);
	}

}
