package vn.newsarchive.admin.merge;

import java.util.List;
import java.util.Map;

import vn.newsarchive.history.MergedRecords.Merge;
import vn.newsarchive.history.RecordKind;
import vn.newsarchive.system.AuditedEntity;

/**
 * How records of one kind are merged: what would move, the move itself (saying what it
 * did, so that it can be undone), and the undo. Runs inside {@link MergeService}'s
 * transaction, through JPA so that the search index follows.
 */
interface RecordMerge {

	RecordKind kind();

	Class<? extends AuditedEntity> entityClass();

	/** The record, or RecordNotFoundException. */
	AuditedEntity get(long id);

	String label(AuditedEntity record);

	/** Records the editor may mean: by id when a number is typed, else by name. */
	List<Candidate> candidates(String query);

	/** What merging the other record into the kept one would move. */
	List<MovedGroup> plan(AuditedEntity kept, AuditedEntity other);

	/**
	 * Moves the other record's links to the kept one and removes it.
	 * @return what moved, enough to undo it
	 */
	Map<String, Object> merge(AuditedEntity kept, AuditedEntity other);

	/** Brings the merged record back, with the links the merge moved. */
	AuditedEntity undo(Merge merge, AuditedEntity survivor);

	/** A record found for merging. */
	record Candidate(long id, String label) {

	}

	/**
	 * One kind of link that moves: a message key naming it and the links, each marked
	 * when the kept record has it already.
	 */
	record MovedGroup(String messageKey, List<MovedItem> items) {

	}

	record MovedItem(String label, boolean alreadyOnKept) {

	}

}
