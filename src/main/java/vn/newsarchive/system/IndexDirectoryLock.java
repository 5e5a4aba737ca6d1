package vn.newsarchive.system;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * An operating-system lock on a file in the search index directory, held by whichever
 * process writes that index: the running archive, or an {@code import}/{@code reindex}
 * command. A second writer would corrupt or silently miss index updates, so it must
 * refuse instead.
 */
public final class IndexDirectoryLock implements AutoCloseable {

	static final String LOCK_FILE = "archive.lock";

	private final FileChannel channel;

	private final FileLock lock;

	private IndexDirectoryLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/** The lock, or empty when another process holds it. */
	public static Optional<IndexDirectoryLock> tryAcquire(Path indexDirectory) throws IOException {
		Files.createDirectories(indexDirectory);
		FileChannel channel = FileChannel.open(indexDirectory.resolve(LOCK_FILE), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE);
		try {
			FileLock lock = channel.tryLock();
			if (lock != null) {
				return Optional.of(new IndexDirectoryLock(channel, lock));
			}
		}
		catch (OverlappingFileLockException ex) {
			// held by this very process: still "in use" for the caller
		}
		channel.close();
		return Optional.empty();
	}

	@Override
	public void close() throws IOException {
		this.lock.release();
		this.channel.close();
	}

}
