package vn.newsarchive.history;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** One line of a history or of the audit log. */
public record RevisionSummary(long id, RecordKind kind, long recordId, RevisionAction action, String author,
		OffsetDateTime madeAt, String label, String detail) {

	/** When, on the archive's clock. */
	public LocalDateTime localTime() {
		return this.madeAt.atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime();
	}

	public String historyPath() {
		return this.kind.historyPath(this.recordId);
	}

}
