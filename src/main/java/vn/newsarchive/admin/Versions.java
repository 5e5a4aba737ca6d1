package vn.newsarchive.admin;

import java.util.function.Supplier;

import org.springframework.dao.OptimisticLockingFailureException;

import vn.newsarchive.system.AuditedEntity;

/**
 * Optimistic locking for edit forms: the form carries the version the editor saw, and a
 * save is refused when the record has moved on since.
 */
public final class Versions {

	private Versions() {
	}

	/** Refuses when the record is not at the version the editor's form was made from. */
	public static void check(AuditedEntity record, Long seenVersion) {
		if (seenVersion == null || record.getVersion() != seenVersion) {
			throw new EditConflictException();
		}
	}

	/**
	 * Runs a flush (or save) so that a concurrent save between the check and the commit
	 * also ends as an edit conflict.
	 */
	public static <T> T flushing(Supplier<T> save) {
		try {
			return save.get();
		}
		catch (OptimisticLockingFailureException ex) {
			throw new EditConflictException();
		}
	}

}
