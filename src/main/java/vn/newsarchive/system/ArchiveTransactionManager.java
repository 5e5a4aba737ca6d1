package vn.newsarchive.system;

import jakarta.persistence.EntityManagerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * The JPA transaction manager, which also tells {@link ArchiveChanges} when a read-write
 * transaction has committed. Every write of the archive (imports, editors' forms, merges)
 * goes through it, so hooking the commit catches them all, bulk updates included, where
 * entity listeners would miss the latter.
 */
@Configuration(proxyBeanMethods = false)
class ArchiveTransactionManager {

	@Bean
	JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory, ArchiveChanges changes) {
		return new NotifyingJpaTransactionManager(entityManagerFactory, changes);
	}

	static final class NotifyingJpaTransactionManager extends JpaTransactionManager {

		private final transient ArchiveChanges changes;

		NotifyingJpaTransactionManager(EntityManagerFactory entityManagerFactory, ArchiveChanges changes) {
			super(entityManagerFactory);
			this.changes = changes;
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
			super.doCommit(status);
			if (!status.isReadOnly()) {
				this.changes.committed();
			}
		}

	}

}
