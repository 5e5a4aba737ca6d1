package vn.newsarchive.admin.article;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import vn.newsarchive.admin.DateInput;
import vn.newsarchive.admin.DateInputException;
import vn.newsarchive.admin.DateValue;
import vn.newsarchive.admin.EditorText;
import vn.newsarchive.importer.model.Caption;
import vn.newsarchive.importer.model.ExtractedArticle;
import vn.newsarchive.importer.model.MeetingReport;
import vn.newsarchive.importer.model.PersonMention;
import vn.newsarchive.importer.model.SegmentedArticle;
import vn.newsarchive.kernel.PartialDate;
import vn.newsarchive.kernel.VietnameseText;

/**
 * Copies between the importer's extraction and the preview form, both ways: an extraction
 * that no editor touched comes back from the form as it went in, so saving a preview
 * stores what importing the same text stores.
 */
final class DraftAdapter {

	static final String PASTED_FILE = "pasted.txt";

	private static final String CREDIT_BAR = " | ";

	private DraftAdapter() {
	}

	static ArticleDraftForm toForm(ExtractedArticle extracted, String raw) {
		SegmentedArticle source = extracted.article();
		ArticleDraftForm form = new ArticleDraftForm();
		form.setRaw(raw);
		form.setFileName(extracted.file());
		form.setSlugHint(source.slugHint());
		ArticleForm article = form.getArticle();
		article.setTitle(source.title());
		article.setLead(source.lead());
		article.setBody(String.join("\n\n", source.body()));
		article.setSource(source.source());
		article.setAuthors(EditorText.joinLines(source.authors()));
		article.setPublished(dateInput(source.published()));
		article.setCaptions(EditorText.joinLines(source.captions()
			.stream()
			.map((c) -> (c.credit() != null) ? c.text() + CREDIT_BAR + c.credit() : c.text())
			.toList()));
		article.setRelatedTitles(EditorText.joinLines(source.related()));
		extracted.persons()
			.forEach((p) -> form.getPersons().add(new DraftPerson(p.name(), String.join(", ", p.titles()))));
		extracted.resolutions().forEach((d) -> form.getDocuments().add(DraftDocument.of(d)));
		extracted.meetings().forEach((m) -> form.getMeetings().add(meeting(m)));
		form.setDropped(EditorText.joinLines(source.dropped()));
		form.setTeasers(EditorText.joinLines(source.teasers()));
		return form;
	}

	static ExtractedArticle toExtracted(ArticleDraftForm form) {
		ArticleForm article = form.getArticle();
		String title = ArticleFormAdapter.title(article);
		List<String> body = ArticleFormAdapter.paragraphs(article);
		String lead = EditorText.clean(article.getLead());
		List<Caption> captions = EditorText.lines(article.getCaptions())
			.stream()
			.map(ArticleFormAdapter::caption)
			.filter(Objects::nonNull)
			.map((c) -> new Caption(c.getText(), c.getCredit()))
			.toList();
		SegmentedArticle segmented = new SegmentedArticle(title, (lead != null) ? lead.replace("\r\n", "\n") : null,
				partialDate(article.getPublished()), EditorText.clean(article.getSource()),
				EditorText.lines(article.getAuthors()), captions, EditorText.lines(article.getRelatedTitles()),
				EditorText.lines(form.getTeasers()), body, EditorText.clean(form.getSlugHint()),
				EditorText.lines(form.getDropped()));
		List<DraftPerson> kept = form.getPersons()
			.stream()
			.filter((p) -> !p.isRemoved() && EditorText.clean(p.getName()) != null)
			.toList();
		List<PersonMention> persons = kept.stream()
			.map((p) -> new PersonMention(EditorText.clean(p.getName()), titles(p.getTitles())))
			.toList();
		Set<String> removedPersons = form.getPersons()
			.stream()
			.filter(DraftPerson::isRemoved)
			.map((p) -> VietnameseText.personKey(EditorText.clean(p.getName())))
			.collect(Collectors.toSet());
		Set<String> removedDocuments = form.getDocuments()
			.stream()
			.filter(DraftDocument::isRemoved)
			.map(DraftDocument::key)
			.collect(Collectors.toSet());
		List<MeetingReport> meetings = form.getMeetings()
			.stream()
			.filter((m) -> !m.isRemoved())
			.map((m) -> report(m, removedPersons, removedDocuments))
			.toList();
		String fileName = (EditorText.clean(form.getFileName()) != null) ? form.getFileName().strip() : PASTED_FILE;
		return new ExtractedArticle(fileName, ContentHash.of(title, body), segmented, persons,
				form.getDocuments().stream().filter((d) -> !d.isRemoved()).map(DraftDocument::toReference).toList(),
				meetings);
	}

	/** The title chain as the importer gives it: one title per comma-separated piece. */
	static List<String> titles(String typed) {
		if (typed == null) {
			return List.of();
		}
		return Arrays.stream(typed.split(",")).map(EditorText::clean).filter(Objects::nonNull).toList();
	}

	private static DraftMeeting meeting(MeetingReport report) {
		DraftMeeting meeting = new DraftMeeting();
		meeting.setKind(report.kind());
		meeting.setTitle(report.title());
		meeting.setHeld(dateInput(report.date()));
		meeting.setPlace(report.place());
		meeting.setOrganizer(report.organizer());
		meeting.setDelegation(report.delegation());
		meeting.setDelegationNumber(report.delegationNumber());
		meeting.setChairs(EditorText.joinLines(report.chairs()));
		meeting.setParticipants(EditorText.joinLines(report.participants()));
		meeting.setResolutions(EditorText.joinLines(report.resolutions()));
		return meeting;
	}

	/**
	 * A meeting without the persons and documents the editor removed from the article.
	 */
	private static MeetingReport report(DraftMeeting meeting, Set<String> removedPersons,
			Set<String> removedDocuments) {
		return new MeetingReport(EditorText.clean(meeting.getKind()), EditorText.clean(meeting.getTitle()),
				partialDate(meeting.getHeld()), EditorText.clean(meeting.getPlace()),
				EditorText.clean(meeting.getOrganizer()), EditorText.clean(meeting.getDelegation()),
				EditorText.clean(meeting.getDelegationNumber()), without(meeting.getChairs(), removedPersons),
				without(meeting.getParticipants(), removedPersons),
				EditorText.lines(meeting.getResolutions())
					.stream()
					.filter((d) -> !removedDocuments.contains(d))
					.toList());
	}

	private static List<String> without(String names, Set<String> removedKeys) {
		return EditorText.lines(names)
			.stream()
			.filter((name) -> !removedKeys.contains(VietnameseText.personKey(name)))
			.toList();
	}

	private static DateInput dateInput(PartialDate date) {
		return (date != null) ? DateInput.of(date.start(), date.precision(), date.inferred()) : new DateInput();
	}

	/**
	 * Null when no date was given, or when it cannot be read: the form's validation
	 * refuses such a date before anything is saved, and the preview shows it as typed.
	 */
	private static PartialDate partialDate(DateInput input) {
		DateValue value;
		try {
			value = (input != null) ? input.toValue() : null;
		}
		catch (DateInputException ex) {
			return null;
		}
		if (value == null) {
			return null;
		}
		LocalDateTime at = value.start();
		return switch (value.precision()) {
			case MINUTE -> PartialDate.minute(at.getYear(), at.getMonthValue(), at.getDayOfMonth(), at.getHour(),
					at.getMinute(), value.inferred());
			case DAY -> PartialDate.day(at.getYear(), at.getMonthValue(), at.getDayOfMonth(), value.inferred());
			case MONTH -> PartialDate.month(at.getYear(), at.getMonthValue(), value.inferred());
			case YEAR -> PartialDate.year(at.getYear(), value.inferred());
		};
	}

}
