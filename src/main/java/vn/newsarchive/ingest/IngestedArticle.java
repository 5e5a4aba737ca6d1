package vn.newsarchive.ingest;

import java.util.List;

/** The ingest API's answer for a stored (or already stored) article. */
record IngestedArticle(long id, String url, String title, boolean duplicate, List<PersonFound> persons,
		List<DocumentFound> documents) {

	record PersonFound(long id, String name, List<String> titles) {
	}

	record DocumentFound(long id, String code, String kind) {
	}

}
