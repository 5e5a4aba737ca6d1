package vn.newsarchive.admin;

/**
 * The record was saved by someone else after the editor opened it: saving now would
 * overwrite their changes.
 */
public class EditConflictException extends RefusedEditException {

	public EditConflictException() {
		super("admin.conflict", null);
	}

}
