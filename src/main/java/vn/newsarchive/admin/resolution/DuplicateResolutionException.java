package vn.newsarchive.admin.resolution;

import vn.newsarchive.resolution.Resolution;

/** Another document already has this kind, number, issuer, term and date. */
class DuplicateResolutionException extends RuntimeException {

	private final Long existingId;

	private final String existingLabel;

	DuplicateResolutionException(Resolution existing) {
		super("a document with this identity is already in the archive");
		this.existingId = (existing != null) ? existing.getId() : null;
		this.existingLabel = (existing != null) ? existing.getLabel() : null;
	}

	Long getExistingId() {
		return this.existingId;
	}

	String getExistingLabel() {
		return this.existingLabel;
	}

}
