package vn.newsarchive.admin.resolution;

import vn.newsarchive.admin.RefusedEditException;
import vn.newsarchive.resolution.Resolution;

/** Another document already has this kind, number, issuer, term and date. */
class DuplicateResolutionException extends RefusedEditException {

	/** The existing document is null when the clash was only noticed by the database. */
	DuplicateResolutionException(Resolution existing) {
		super("admin.resolution.duplicate", null, (existing != null) ? existing.getId() : null,
				(existing != null) ? existing.getLabel() : null);
	}

}
