package vn.newsarchive.importer.store;

/** What happened to one input file. */
public record ImportOutcome(String file, Status status, Long articleId, String title, String message) {

	public enum Status {

		IMPORTED, DUPLICATE, FAILED

	}

	static ImportOutcome imported(String file, long articleId, String title) {
		return new ImportOutcome(file, Status.IMPORTED, articleId, title, null);
	}

	static ImportOutcome duplicate(String file, long articleId, String title) {
		return new ImportOutcome(file, Status.DUPLICATE, articleId, title,
				"already in the archive as article " + articleId);
	}

	static ImportOutcome failed(String file, String reason) {
		String message = (reason != null) ? reason : "unknown error";
		// extraction messages start with the file name, which the outcome already carries
		if (message.startsWith(file + ": ")) {
			message = message.substring(file.length() + 2);
		}
		return new ImportOutcome(file, Status.FAILED, null, null, message);
	}

}
