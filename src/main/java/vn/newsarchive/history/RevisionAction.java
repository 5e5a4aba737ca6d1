package vn.newsarchive.history;

/** Why a revision was made. */
public enum RevisionAction {

	/** The record was stored for the first time (by a form, the importer or the API). */
	CREATE,
	/** A form, a link correction or a change elsewhere that moved one of its links. */
	EDIT, DELETE,
	/** Another record was merged into this one. */
	MERGE,
	/** This record was merged into another and removed. */
	MERGED,
	/** An earlier revision was brought back. */
	RESTORE,
	/** A merge was undone: the merged record is back with its links. */
	UNMERGE

}
