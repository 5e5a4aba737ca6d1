package vn.newsarchive.importer.model;

import java.util.List;

import vn.newsarchive.kernel.PartialDate;

/**
 * The event the article reports. {@code resolutions} holds the codes (or, for uncoded
 * documents, the kind and number) of the documents the meeting was about.
 */
public record MeetingReport(String kind, String title, PartialDate date, String place, String organizer,
		String delegation, String delegationNumber, List<String> chairs, List<String> participants,
		List<String> resolutions) {
}
