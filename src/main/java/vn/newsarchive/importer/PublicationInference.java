package vn.newsarchive.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import vn.newsarchive.importer.model.DocumentReference;
import vn.newsarchive.importer.model.MeetingReport;
import vn.newsarchive.importer.model.SegmentedArticle;
import vn.newsarchive.kernel.PartialDate;

/**
 * When a page states no publication time, the event it reports still places it: a report
 * is published in the days after its event, so the event's month (or year, when that is
 * all that is known) is kept as the publication time, marked inferred. Never finer than a
 * month: the day would be a guess. A "meeting" dated the very day a cited document was
 * issued is that document's issuing ("Ngày 28/7/2021, Bộ Chính trị đã ký ban hành Quy
 * định số 22-QĐ/TW"): an article about a document may appear years later, so that date
 * says nothing about publication.
 */
final class PublicationInference {

	private PublicationInference() {
	}

	static SegmentedArticle apply(SegmentedArticle article, List<MeetingReport> meetings,
			List<DocumentReference> documents) {
		if (article.published() != null) {
			return article;
		}
		Set<LocalDate> issued = documents.stream()
			.map(DocumentReference::date)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		PartialDate event = meetings.stream()
			.map(MeetingReport::date)
			.filter(Objects::nonNull)
			.filter((date) -> date.day() == null || !issued.contains(date.startDate()))
			.findFirst()
			.orElse(null);
		if (event == null) {
			return article;
		}
		PartialDate published = (event.month() != null) ? PartialDate.month(event.year(), event.month(), true)
				: PartialDate.year(event.year(), true);
		return new SegmentedArticle(article.title(), article.lead(), published, article.source(), article.authors(),
				article.captions(), article.related(), article.teasers(), article.body(), article.slugHint(),
				article.dropped());
	}

}
