package vn.newsarchive.importer.store;

import java.util.List;

import vn.newsarchive.importer.decode.UnreadableArticleException;

/**
 * What happened to one input file. A failure carries an English message (the command line
 * prints it) and a problem code with details (the admin and the API translate it).
 */
public record ImportOutcome(String file, Status status, Long articleId, String title, String message,
		ImportProblem problem, List<String> details) {

	public enum Status {

		IMPORTED, DUPLICATE, FAILED

	}

	public ImportOutcome {
		details = (details != null) ? List.copyOf(details) : List.of();
	}

	/**
	 * An outcome without a problem code (imported, duplicate, or a caller's own failure).
	 */
	public ImportOutcome(String file, Status status, Long articleId, String title, String message) {
		this(file, status, articleId, title, message, null, List.of());
	}

	static ImportOutcome imported(String file, long articleId, String title) {
		return new ImportOutcome(file, Status.IMPORTED, articleId, title, null);
	}

	static ImportOutcome duplicate(String file, long articleId, String title) {
		return new ImportOutcome(file, Status.DUPLICATE, articleId, title,
				"already in the archive as article " + articleId);
	}

	/** A failure; the details are what the problem's translated message needs. */
	public static ImportOutcome failed(String file, ImportProblem problem, String reason, String... details) {
		String message = (reason != null) ? reason : "unknown error";
		// extraction messages start with the file name, which the outcome already carries
		if (message.startsWith(file + ": ")) {
			message = message.substring(file.length() + 2);
		}
		return new ImportOutcome(file, Status.FAILED, null, null, message, problem, List.of(details));
	}

	/**
	 * The failure of an extraction that threw, with its reason when the importer gave
	 * one.
	 */
	static ImportOutcome failed(String file, RuntimeException extraction) {
		if (extraction.getCause() instanceof UnreadableArticleException unreadable) {
			return failed(file, ImportProblem.of(unreadable.getReason()), extraction.getMessage(),
					unreadable.getDetails().toArray(String[]::new));
		}
		String message = String.valueOf(extraction.getMessage());
		return failed(file, ImportProblem.NOT_AN_ARTICLE, message, message);
	}

}
