package vn.newsarchive.history;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads revisions: a record's history, one revision with its snapshot, the audit log.
 * Each page is one query for its rows and one for its count, whatever it shows.
 */
@Repository
public class RevisionLog {

	private static final String COLUMNS = "id, record_kind, record_id, action, author, made_at, label, detail";

	private static final TypeReference<Map<String, Object>> SNAPSHOT = new TypeReference<>() {
	};

	private final JdbcTemplate jdbc;

	RevisionLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public Page<RevisionSummary> history(RecordKind kind, long recordId, Pageable pageable) {
		List<RevisionSummary> rows = this.jdbc.query(
				"select " + COLUMNS + " from revision where record_kind = ? and record_id = ?"
						+ " order by id desc limit ? offset ?",
				RevisionLog::summary, kind.name(), recordId, pageable.getPageSize(), pageable.getOffset());
		Long total = this.jdbc.queryForObject("select count(*) from revision where record_kind = ? and record_id = ?",
				Long.class, kind.name(), recordId);
		return new PageImpl<>(rows, pageable, total);
	}

	public Optional<StoredRevision> find(long id) {
		return this.jdbc
			.query("select " + COLUMNS + ", snapshot::text from revision where id = ?",
					(rs, n) -> new StoredRevision(summary(rs, n), snapshot(rs.getString(9))), id)
			.stream()
			.findFirst();
	}

	/** The revision of the same record just before the given one. */
	public Optional<Long> previous(RevisionSummary revision) {
		return this.jdbc
			.queryForList("select max(id) from revision where record_kind = ? and record_id = ? and id < ?", Long.class,
					revision.kind().name(), revision.recordId(), revision.id())
			.stream()
			.filter((id) -> id != null)
			.findFirst();
	}

	/** The record's latest revision, whose label names it even after it was removed. */
	public Optional<RevisionSummary> latest(RecordKind kind, long recordId) {
		return history(kind, recordId, Pageable.ofSize(1)).stream().findFirst();
	}

	public Page<RevisionSummary> audit(AuditFilter filter, Pageable pageable) {
		StringBuilder where = new StringBuilder(" where true");
		List<Object> args = new ArrayList<>();
		if (filter.author() != null) {
			where.append(" and author = ?");
			args.add(filter.author());
		}
		if (filter.kind() != null) {
			where.append(" and record_kind = ?");
			args.add(filter.kind().name());
		}
		if (filter.from() != null) {
			where.append(" and made_at >= ?");
			args.add(Date.valueOf(filter.from()));
		}
		if (filter.to() != null) {
			where.append(" and made_at < ?");
			args.add(Date.valueOf(filter.to().plusDays(1)));
		}
		Long total = this.jdbc.queryForObject("select count(*) from revision" + where, Long.class, args.toArray());
		List<Object> pageArgs = new ArrayList<>(args);
		pageArgs.add(pageable.getPageSize());
		pageArgs.add(pageable.getOffset());
		List<RevisionSummary> rows = this.jdbc.query(
				"select " + COLUMNS + " from revision" + where + " order by made_at desc, id desc limit ? offset ?",
				RevisionLog::summary, pageArgs.toArray());
		return new PageImpl<>(rows, pageable, total);
	}

	private static RevisionSummary summary(ResultSet rs, int row) throws SQLException {
		return new RevisionSummary(rs.getLong(1), RecordKind.valueOf(rs.getString(2)), rs.getLong(3),
				RevisionAction.valueOf(rs.getString(4)), rs.getString(5), rs.getObject(6, OffsetDateTime.class),
				rs.getString(7), rs.getString(8));
	}

	private static Map<String, Object> snapshot(String json) {
		try {
			return RevisionWriter.JSON.readValue(json, SNAPSHOT);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("a revision's snapshot is not JSON", ex);
		}
	}

}
