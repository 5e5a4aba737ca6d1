package vn.newsarchive.history;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

import vn.newsarchive.system.AuditedEntity;

/**
 * The revisions each open transaction has yet to write, one {@link PendingRevisions} per
 * session, and what services may add to them: why a change was made (a merge, a restore),
 * which the listeners cannot know.
 */
public final class RevisionCapture {

	private static final Map<SharedSessionContractImplementor, PendingRevisions> PENDING = new ConcurrentHashMap<>();

	private RevisionCapture() {
	}

	static PendingRevisions pendingFor(SharedSessionContractImplementor session) {
		return PENDING.computeIfAbsent(session, (key) -> {
			PendingRevisions pending = new PendingRevisions(key, () -> PENDING.remove(key));
			key.getTransaction().registerSynchronization(pending);
			return pending;
		});
	}

	/**
	 * Says why this transaction changes the record (and makes sure it gets a revision, as
	 * when a merge is undone by SQL the listeners do not see).
	 */
	public static void note(EntityManager entityManager, AuditedEntity record, RevisionAction action, String detail) {
		PendingRevisions pending = pendingFor(entityManager.unwrap(SharedSessionContractImplementor.class));
		RecordKey key = new RecordKey(Snapshots.kindOf(record), record.getId());
		pending.changed(key, record);
		pending.note(key, action, detail);
	}

	/**
	 * Says why the record is about to be removed, and reads it now, with its links, as it
	 * was before this transaction moved any of them (a merge moves them first).
	 */
	public static void noteRemoval(EntityManager entityManager, AuditedEntity record, RevisionAction action,
			String detail) {
		SharedSessionContractImplementor session = entityManager.unwrap(SharedSessionContractImplementor.class);
		RecordKey key = captureRemoval(session, record);
		pendingFor(session).note(key, action, detail);
	}

	/** Reads a record about to be removed as it stands, links included. */
	static RecordKey captureRemoval(SharedSessionContractImplementor session, Object record) {
		PendingRevisions pending = pendingFor(session);
		RecordKey key = new RecordKey(Snapshots.kindOf(record), ((AuditedEntity) record).getId());
		String label = Snapshots.label(record);
		session.doWork((connection) -> pending.deleted(key, label, Snapshots.of(record, new StoredLinks(connection))));
		return key;
	}

	/**
	 * Open transactions with revisions to write; tests check that none is left behind.
	 */
	static int pendingTransactions() {
		return PENDING.size();
	}

}
