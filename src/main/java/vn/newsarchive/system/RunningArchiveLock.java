package vn.newsarchive.system;

import java.io.IOException;
import java.nio.file.Path;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * The running archive owns its search index directory for as long as it runs, so that an
 * {@code import} command started beside it refuses instead of writing the same index.
 */
@Component
@ConditionalOnWebApplication
class RunningArchiveLock implements DisposableBean {

	private final IndexDirectoryLock lock;

	RunningArchiveLock(@Value("${archive.index-dir}") String indexDirectory,
			@Value("${spring.jpa.properties.hibernate.search.backend.directory.type:local-filesystem}") String type,
			@Value("${archive.search.backend:lucene}") String backend) throws IOException {
		// a shared index (OpenSearch) is written by every node and command at once
		if ("local-heap".equals(type) || "opensearch".equalsIgnoreCase(backend)) {
			this.lock = null;
			return;
		}
		this.lock = IndexDirectoryLock.tryAcquire(Path.of(indexDirectory))
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
