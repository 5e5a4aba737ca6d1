package vn.newsarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.newsarchive.system.ArchiveProperties;
import vn.newsarchive.system.SearchSettings;

/**
 * The name of the index's shape, written beside the index by the code that wrote it: in a
 * file of the index directory, or for an index shared in OpenSearch in a row of the
 * database. {@link SearchIndexer} rebuilds an index of another shape, and marks an empty
 * one as this code's before a command writes into it.
 */
@Component
class IndexLayout {

	/**
	 * The shape of the index this code writes and reads. Raise it whenever the mapping or
	 * the analysis changes: an archive started on an index of another shape would find
	 * nothing in the new fields, so it rebuilds the index instead of asking operators to.
	 */
	static final String LAYOUT = "2026-12-07.months";

	static final String LAYOUT_FILE = "index-layout";

	private final Path layoutFile;

	private final JdbcTemplate jdbc;

	private final boolean shared;

	IndexLayout(ArchiveProperties settings, JdbcTemplate jdbc, SearchSettings search) {
		this.layoutFile = settings.indexDir().resolve(LAYOUT_FILE);
		this.jdbc = jdbc;
		this.shared = search.shared();
	}

	/** Whether the index was written by code of this shape. */
	boolean isCurrent() {
		return LAYOUT.equals(written());
	}

	/** Whether any code marked the index with its shape (a new index has no mark). */
	boolean isWritten() {
		return written() != null;
	}

	/**
	 * Whether the index directory is still there: deleted under the running archive, its
	 * layout file goes with it.
	 */
	boolean isOnDisk() {
		// an OpenSearch index has no directory here; the cluster reports its own health
		return this.shared || Files.isRegularFile(this.layoutFile);
	}

	/** Marks the index as of this code's shape. */
	void write() {
		if (this.shared) {
			this.jdbc.update(
					"insert into search_index_layout (backend, layout) values ('opensearch', ?) "
							+ "on conflict (backend) do update set layout = excluded.layout, written_at = now()",
					LAYOUT);
			return;
		}
		try {
			Files.createDirectories(this.layoutFile.getParent());
			Files.writeString(this.layoutFile, LAYOUT + "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + this.layoutFile, ex);
		}
	}

	private String written() {
		if (this.shared) {
			return this.jdbc.query("select layout from search_index_layout where backend = 'opensearch'",
					(rs) -> rs.next() ? rs.getString(1) : null);
		}
		try {
			return Files.isRegularFile(this.layoutFile) ? Files.readString(this.layoutFile).strip() : null;
		}
		catch (IOException ex) {
			return null;
		}
	}

}
