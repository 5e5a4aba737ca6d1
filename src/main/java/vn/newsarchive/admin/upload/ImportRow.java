package vn.newsarchive.admin.upload;

import java.io.Serializable;

import vn.newsarchive.importer.store.ImportOutcome;

/**
 * One uploaded file's outcome as the result table shows it; kept in the flash (the
 * session) across the redirect, hence plain and serializable.
 */
public record ImportRow(String file, String status, Long articleId, String title, String slug,
		String message) implements Serializable {

	static ImportRow of(ImportOutcome outcome, String slug) {
		return new ImportRow(outcome.file(), outcome.status().name(), outcome.articleId(), outcome.title(), slug,
				outcome.message());
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
