package vn.newsarchive.history;

import java.util.Map;

/** A revision with the snapshot it holds. */
public record StoredRevision(RevisionSummary summary, Map<String, Object> snapshot) {

	public boolean isOf(RecordKind kind, long recordId) {
		return this.summary.kind() == kind && this.summary.recordId() == recordId;
	}

}
