package vn.newsarchive.history;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;

/**
 * Registers {@link ChangeListener} with every session factory the archive builds (web,
 * {@code import}, seeding, tests), found by Hibernate through {@code META-INF/services}:
 * no code path that writes through JPA can skip revisions. Chosen over Hibernate Envers,
 * which keeps a shadow table per entity and per collection (a dozen tables here, and one
 * insert per changed row and per collection element in every imported article) and whose
 * revisions hold rows rather than the record an editor sees: one JSON snapshot per
 * record, in one batched insert, makes an import pay one row per record and makes
 * comparing two revisions a comparison of two documents.
 */
public final class RevisionIntegrator implements Integrator {

	@Override
	public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
			SessionFactoryImplementor sessionFactory) {
		EventListenerRegistry registry = sessionFactory.getEventListenerRegistry();
		ChangeListener listener = new ChangeListener();
		registry.appendListeners(EventType.POST_INSERT, listener);
		registry.appendListeners(EventType.POST_UPDATE, listener);
		registry.appendListeners(EventType.POST_DELETE, listener);
		registry.appendListeners(EventType.POST_COLLECTION_RECREATE, listener);
		registry.appendListeners(EventType.POST_COLLECTION_UPDATE, listener);
		registry.appendListeners(EventType.POST_COLLECTION_REMOVE, listener);
		// before Hibernate's own: the record is read while it and its links are still
		// there
		registry.prependListeners(EventType.DELETE, listener);
	}

}
