package vn.newsarchive.importer;

import java.util.List;

import vn.newsarchive.importer.model.DocumentReference;
import vn.newsarchive.importer.model.MeetingReport;
import vn.newsarchive.importer.model.PersonMention;

/**
 * What {@link EntityExtractor} found in one article. {@code documents} holds every cited
 * document (plans and official letters too); {@code resolutions} only those of the
 * tracked party types (NQ, KL, QĐ, CT, QĐi, HD, TB), coded or not, and state documents.
 */
public record Entities(List<PersonMention> persons, List<DocumentReference> documents,
		List<DocumentReference> resolutions, List<MeetingReport> meetings) {

}
