package vn.newsarchive.admin.upload;

import java.io.Serializable;
import java.util.List;

import vn.newsarchive.importer.store.ImportOutcome;

/**
 * One uploaded file's outcome as the result table shows it; kept in the flash (the
 * session) across the redirect, hence plain and serializable. A failure is shown by its
 * problem's message key in the reader's language, else by the English message.
 */
public record ImportRow(String file, String status, Long articleId, String title, String slug, String message,
		String problem, List<String> details) implements Serializable {

	static ImportRow of(ImportOutcome outcome, String slug) {
		return new ImportRow(outcome.file(), outcome.status().name(), outcome.articleId(), outcome.title(), slug,
				outcome.message(), (outcome.problem() != null) ? outcome.problem().messageKey() : null,
				List.copyOf(outcome.details()));
	}

	/** The arguments of the problem's message, for the page to translate it. */
	public Object[] getDetailArguments() {
		return this.details.toArray();
	}

	public boolean isImported() {
		return "IMPORTED".equals(this.status);
	}

	public boolean isDuplicate() {
		return "DUPLICATE".equals(this.status);
	}

	public boolean isFailed() {
		return "FAILED".equals(this.status);
	}

}
