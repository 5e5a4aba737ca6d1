package vn.newsarchive.admin.upload;

import java.io.Serializable;
import java.util.List;

/** What one upload did, file by file, with the totals the page states first. */
public record ImportReport(List<ImportRow> rows) implements Serializable {

	public long getImported() {
		return this.rows.stream().filter(ImportRow::isImported).count();
	}

	public long getDuplicates() {
		return this.rows.stream().filter(ImportRow::isDuplicate).count();
	}

	public long getFailed() {
		return this.rows.stream().filter(ImportRow::isFailed).count();
	}

}
