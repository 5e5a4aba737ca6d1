package vn.newsarchive.history;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Records merged into others: where their old addresses lead, and what each merge moved
 * (so it can be undone).
 */
@Repository
public class MergedRecords {

	private static final TypeReference<Map<String, Object>> MOVED = new TypeReference<>() {
	};

	private final JdbcTemplate jdbc;

	MergedRecords(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Keeps the merge; records merged earlier into the merged one now lead to the
	 * survivor too.
	 */
	public void record(RecordKind kind, long mergedId, long survivorId, Map<String, Object> moved) {
		this.jdbc.update("update merged_record set survivor_id = ? where record_kind = ? and survivor_id = ?",
				survivorId, kind.name(), mergedId);
		this.jdbc.update(
				"insert into merged_record (record_kind, merged_id, survivor_id, moved) values (?, ?, ?, cast(? as json))",
				kind.name(), mergedId, survivorId, json(moved));
	}

	public Optional<Long> survivorOf(RecordKind kind, long mergedId) {
		return this.jdbc
			.queryForList("select survivor_id from merged_record where record_kind = ? and merged_id = ?", Long.class,
					kind.name(), mergedId)
			.stream()
			.findFirst();
	}

	public Optional<Merge> find(RecordKind kind, long mergedId) {
		return this.jdbc
			.query("select survivor_id, moved::text from merged_record where record_kind = ? and merged_id = ?",
					(rs, n) -> new Merge(kind, mergedId, rs.getLong(1), parse(rs.getString(2))), kind.name(), mergedId)
			.stream()
			.findFirst();
	}

	/** The records merged into this one whose merge can still be undone. */
	public List<Long> mergedInto(RecordKind kind, long survivorId) {
		return this.jdbc.queryForList(
				"select merged_id from merged_record where record_kind = ? and survivor_id = ? order by merged_id",
				Long.class, kind.name(), survivorId);
	}

	public void forget(RecordKind kind, long mergedId) {
		this.jdbc.update("delete from merged_record where record_kind = ? and merged_id = ?", kind.name(), mergedId);
	}

	private static String json(Map<String, Object> moved) {
		try {
			return RevisionWriter.JSON.writeValueAsString(moved);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("what a merge moved cannot be written as JSON", ex);
		}
	}

	private static Map<String, Object> parse(String json) {
		try {
			return RevisionWriter.JSON.readValue(json, MOVED);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("what a merge moved is not JSON", ex);
		}
	}

	/** One merge: the merged record, its survivor, and what moved. */
	public record Merge(RecordKind kind, long mergedId, long survivorId, Map<String, Object> moved) {

	}

}
