package vn.newsarchive.system;

import jakarta.persistence.EntityManagerFactory;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The JPA transaction manager, which also tells {@link ArchiveChanges} when a read-write
 * transaction has committed. Every write of the archive (imports, editors' forms, merges)
 * goes through it, so hooking the commit catches them all, bulk updates included, where
 * entity listeners would miss the latter.
 * <p>
 * A rollback on a connection that is gone has nothing left to undo: the server ends the
 * transaction with the session. Its failure is not reported over the work's own (which
 * says the connection was lost, and which the web answers with 503 and the import with a
 * retry); Spring would otherwise log it as an error with a stack trace per request.
 */
@Configuration(proxyBeanMethods = false)
class ArchiveTransactionManager {

	@Bean
	JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory, ArchiveChanges changes,
			ObjectProvider<CommitAnnouncer> announcer) {
		return new NotifyingJpaTransactionManager(entityManagerFactory, changes, announcer.getIfAvailable());
	}

	static final class NotifyingJpaTransactionManager extends JpaTransactionManager {

		private static final Log LOG = LogFactory.getLog(NotifyingJpaTransactionManager.class);

		private final transient ArchiveChanges changes;

		/** Tells the other nodes, when there are any. */
		private final transient CommitAnnouncer announcer;

		NotifyingJpaTransactionManager(EntityManagerFactory entityManagerFactory, ArchiveChanges changes,
				CommitAnnouncer announcer) {
			super(entityManagerFactory);
			this.changes = changes;
			this.announcer = announcer;
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
			if (this.announcer != null && !status.isReadOnly()) {
				EntityManagerHolder holder = (EntityManagerHolder) TransactionSynchronizationManager
					.getResource(obtainEntityManagerFactory());
				this.announcer.announce(holder.getEntityManager());
			}
			super.doCommit(status);
			if (!status.isReadOnly()) {
				this.changes.committed();
			}
		}

		@Override
		protected void doRollback(DefaultTransactionStatus status) {
			try {
				super.doRollback(status);
			}
			catch (RuntimeException ex) {
				if (!LostConnection.causedBy(ex)) {
					throw ex;
				}
				LOG.debug("No rollback needed: the connection is gone (" + LostConnection.rootMessage(ex) + ")");
			}
		}

	}

}
