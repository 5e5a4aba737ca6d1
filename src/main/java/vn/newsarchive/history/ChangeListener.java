package vn.newsarchive.history;

import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.DeleteContext;
import org.hibernate.event.spi.DeleteEvent;
import org.hibernate.event.spi.DeleteEventListener;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;

import vn.newsarchive.article.ArticlePerson;
import vn.newsarchive.meeting.MeetingParticipant;
import vn.newsarchive.person.PositionHeld;
import vn.newsarchive.system.AuditedEntity;

/**
 * Notes, for every insert, update and delete Hibernate flushes, which record of the four
 * kinds with a history it changes: the entity itself, or the record owning a link row (a
 * mention belongs to its article, a position to its person, a participation to its
 * meeting), or the owner of a changed collection (authors, captions, aliases, documents).
 */
final class ChangeListener
		implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener, DeleteEventListener,
		PostCollectionRecreateEventListener, PostCollectionUpdateEventListener, PostCollectionRemoveEventListener {

	@Override
	public void onPostInsert(PostInsertEvent event) {
		Object entity = event.getEntity();
		RecordKind kind = Snapshots.kindOf(entity);
		PendingRevisions pending = RevisionCapture.pendingFor(event.getSession());
		if (kind != null) {
			pending.created(new RecordKey(kind, ((AuditedEntity) entity).getId()), entity);
			return;
		}
		if (entity instanceof ArticlePerson mention) {
			pending.newLinks.mentions.add(mention);
		}
		else if (entity instanceof MeetingParticipant participant) {
			pending.newLinks.participants.add(participant);
		}
		else if (entity instanceof PositionHeld position) {
			pending.newLinks.positions.add(position);
			// a new article's positions restate its mentions' titles: its own revision
			// holds them, and an import writes no revision per person it names
			if (position.getArticle() != null && pending.isCreated(key(position.getArticle()))) {
				return;
			}
		}
		owners(pending, entity, null);
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		Object entity = event.getEntity();
		PendingRevisions pending = RevisionCapture.pendingFor(event.getSession());
		RecordKind kind = Snapshots.kindOf(entity);
		if (kind != null) {
			pending.changed(new RecordKey(kind, ((AuditedEntity) entity).getId()), entity);
			return;
		}
		owners(pending, entity, ownerBefore(event));
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		Object entity = event.getEntity();
		if (Snapshots.kindOf(entity) == null) {
			owners(RevisionCapture.pendingFor(event.getSession()), entity, null);
		}
	}

	/** A record is read as it was before the delete is flushed, links included. */
	@Override
	public void onDelete(DeleteEvent event) {
		if (Snapshots.kindOf(event.getObject()) != null) {
			RevisionCapture.captureRemoval(event.getSession(), event.getObject());
		}
	}

	@Override
	public void onDelete(DeleteEvent event, DeleteContext transientEntities) {
		onDelete(event);
	}

	@Override
	public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
		collection(event);
	}

	@Override
	public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
		collection(event);
	}

	@Override
	public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
		collection(event);
	}

	private void collection(AbstractCollectionEvent event) {
		Object owner = event.getAffectedOwnerOrNull();
		if (event.getCollectionPersister().isInverse() || Snapshots.kindOf(owner) == null) {
			return;
		}
		RevisionCapture.pendingFor(event.getSession()).changed(key(owner), owner);
	}

	/** Marks the record a link row belongs to, and the one it belonged to before. */
	private static void owners(PendingRevisions pending, Object link, Object ownerBefore) {
		Object owner = null;
		if (link instanceof ArticlePerson mention) {
			owner = mention.getArticle();
		}
		else if (link instanceof MeetingParticipant participant) {
			owner = participant.getMeeting();
		}
		else if (link instanceof PositionHeld position) {
			owner = position.getPerson();
		}
		if (owner != null) {
			pending.changed(key(owner), owner);
		}
		if (ownerBefore != null && ownerBefore != owner) {
			pending.changed(key(ownerBefore), ownerBefore);
		}
	}

	/** The owner a moved link row had before the update (a mention moved by a merge). */
	private static Object ownerBefore(PostUpdateEvent event) {
		Object[] old = event.getOldState();
		String property = ownerProperty(event.getEntity());
		if (old == null || property == null) {
			return null;
		}
		String[] names = event.getPersister().getPropertyNames();
		for (int i = 0; i < names.length; i++) {
			if (names[i].equals(property)) {
				return old[i];
			}
		}
		return null;
	}

	private static String ownerProperty(Object link) {
		if (link instanceof ArticlePerson) {
			return "article";
		}
		if (link instanceof MeetingParticipant) {
			return "meeting";
		}
		return (link instanceof PositionHeld) ? "person" : null;
	}

	private static RecordKey key(Object record) {
		return new RecordKey(Snapshots.kindOf(record), ((AuditedEntity) record).getId());
	}

}
