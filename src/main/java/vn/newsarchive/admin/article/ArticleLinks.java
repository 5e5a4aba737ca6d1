package vn.newsarchive.admin.article;

import java.util.List;

/**
 * What an article links to, for its edit page: the persons it mentions with the titles it
 * gives them, the documents it cites, and the meetings it reports.
 */
record ArticleLinks(List<PersonLink> persons, List<DocumentLink> documents, List<MeetingLink> meetings) {

	record PersonLink(long mentionId, long personId, String name, String titles, String url) {
	}

	record DocumentLink(long id, String label, String term, String url) {
	}

	record MeetingLink(long id, String label, String url) {
	}

}
