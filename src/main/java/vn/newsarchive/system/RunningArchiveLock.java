package vn.newsarchive.system;

import java.io.IOException;
import java.nio.file.Path;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The running archive owns its search index directory for as long as it runs, so that an
 * {@code import} command started beside it refuses instead of writing the same index.
 */
@Component
@ConditionalOnWebApplication
class RunningArchiveLock implements DisposableBean {

	private static final String DIRECTORY_TYPE = "spring.jpa.properties.hibernate.search.backend.directory.type";

	private final IndexDirectoryLock lock;

	RunningArchiveLock(ArchiveProperties settings, Environment environment) throws IOException {
		// Hibernate Search's own setting: an index in memory has no directory to share; a
		// shared index (OpenSearch) is written by every node and command at once
		if ("local-heap".equals(environment.getProperty(DIRECTORY_TYPE)) || settings.search().shared()) {
			this.lock = null;
			return;
		}
		Path indexDirectory = settings.indexDir();
		this.lock = IndexDirectoryLock.tryAcquire(indexDirectory)
			.orElseThrow(() -> new IllegalStateException(
					"Another archive process (a running archive or an import) " + "is using the search index in "
							+ indexDirectory + "; stop it first or give this one its own ARCHIVE_INDEX_DIR."));
	}

	@Override
	public void destroy() throws IOException {
		if (this.lock != null) {
			this.lock.close();
		}
	}

}
