package vn.newsarchive.history;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.transaction.Synchronization;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * The records one transaction changed, collected by {@link RevisionCapture}; just before
 * the commit, one revision per record is written on the transaction's own connection, so
 * a change and its revision commit (or roll back) together.
 */
final class PendingRevisions implements Synchronization {

	private final SharedSessionContractImplementor session;

	private final Runnable done;

	private final Map<RecordKey, Object> changed = new LinkedHashMap<>();

	private final Set<RecordKey> created = new HashSet<>();

	private final Map<RecordKey, RevisionRow> deleted = new LinkedHashMap<>();

	private final Map<RecordKey, Note> notes = new HashMap<>();

	final NewRecordLinks newLinks = new NewRecordLinks();

	PendingRevisions(SharedSessionContractImplementor session, Runnable done) {
		this.session = session;
		this.done = done;
	}

	void changed(RecordKey key, Object entity) {
		this.changed.putIfAbsent(key, entity);
	}

	void created(RecordKey key, Object entity) {
		this.changed.put(key, entity);
		this.created.add(key);
	}

	boolean isCreated(RecordKey key) {
		return this.created.contains(key);
	}

	void deleted(RecordKey key, String label, Map<String, Object> lastState) {
		this.deleted.putIfAbsent(key, new RevisionRow(key, RevisionAction.DELETE, label, null, lastState));
	}

	void note(RecordKey key, RevisionAction action, String detail) {
		this.notes.put(key, new Note(action, detail));
	}

	@Override
	public void beforeCompletion() {
		this.session.doWork(this::write);
	}

	private void write(Connection connection) {
		Links stored = new StoredLinks(connection);
		List<RevisionRow> rows = new ArrayList<>();
		this.changed.forEach((key, entity) -> {
			if (!this.deleted.containsKey(key)) {
				Links links = this.created.contains(key) ? this.newLinks : stored;
				RevisionAction action = this.created.contains(key) ? RevisionAction.CREATE : RevisionAction.EDIT;
				rows.add(noted(
						new RevisionRow(key, action, Snapshots.label(entity), null, Snapshots.of(entity, links))));
			}
		});
		this.deleted.values().forEach((row) -> rows.add(noted(row)));
		RevisionWriter.insert(connection, rows, RevisionAuthor.current());
	}

	private RevisionRow noted(RevisionRow row) {
		Note note = this.notes.get(row.key());
		return (note != null) ? new RevisionRow(row.key(), note.action(), row.label(), note.detail(), row.snapshot())
				: row;
	}

	@Override
	public void afterCompletion(int status) {
		this.done.run();
	}

	/** A revision about to be written. */
	record RevisionRow(RecordKey key, RevisionAction action, String label, String detail,
			Map<String, Object> snapshot) {
	}

	private record Note(RevisionAction action, String detail) {
	}

}
