package vn.newsarchive;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.newsarchive.system.IndexDirectoryLock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code import} (and {@code token}) command end to end, in its own Spring context on
 * the test database: progress, summary, exit codes, and its refusal while a running
 * archive owns the index.
 */
class CommandRunnerTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private PrintStream originalOut;

	private PrintStream originalErr;

	@BeforeEach
	void captureOutput() {
		this.originalOut = System.out;
		this.originalErr = System.err;
		System.setOut(new PrintStream(this.out, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	@AfterEach
	void restoreOutput() {
		System.setOut(this.originalOut);
		System.setErr(this.originalErr);
	}

	@Test
	void importsReportsProgressAndFailsOnABadFile(@TempDir Path index) {
		int first = CommandRunner.run("import",
				new String[] { "seeds/001_6353a3c6be2fbff5.txt", "pom.xml", "--archive.index-dir=" + index });
		int second = CommandRunner.run("import",
				new String[] { "seeds/001_6353a3c6be2fbff5.txt", "--archive.index-dir=" + index });
		String output = this.out.toString(StandardCharsets.UTF_8);
		assertThat(first).isEqualTo(1);
		assertThat(output).containsPattern("\\[1/2\\] seeds/001_6353a3c6be2fbff5.txt: (imported as article|duplicate)")
			.contains("[2/2] pom.xml: FAILED: no Vietnamese text found")
			.contains("failed 1.");
		assertThat(second).isZero();
		assertThat(output).contains("[1/1] seeds/001_6353a3c6be2fbff5.txt: duplicate, already in the archive")
			.contains("Imported 0, duplicates 1, failed 0.");
	}

	@Test
	void refusesWhileTheRunningArchiveOwnsTheIndex(@TempDir Path index) throws Exception {
		try (IndexDirectoryLock running = IndexDirectoryLock.tryAcquire(index).orElseThrow()) {
			int exit = CommandRunner.run("import", new String[] { "seeds", "--archive.index-dir=" + index });
			assertThat(exit).isEqualTo(CommandRunner.EXIT_INDEX_IN_USE);
		}
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("The archive is running")
			.contains("/admin/import");
		assertThat(this.out.toString(StandardCharsets.UTF_8)).doesNotContain("imported as article");
	}

	@Test
	void reindexRebuildsTheIndexAndRefusesWhileTheArchiveRuns(@TempDir Path index) throws Exception {
		CommandRunner.run("import", new String[] { "seeds/001_6353a3c6be2fbff5.txt", "--archive.index-dir=" + index });
		assertThat(CommandRunner.run("reindex", new String[] { "--archive.index-dir=" + index })).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).containsPattern("Reindexed [1-9]\\d* articles");
		try (IndexDirectoryLock running = IndexDirectoryLock.tryAcquire(index).orElseThrow()) {
			assertThat(CommandRunner.run("reindex", new String[] { "--archive.index-dir=" + index }))
				.isEqualTo(CommandRunner.EXIT_INDEX_IN_USE);
		}
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("The archive is running")
			.contains("'reindex' again");
	}

	/**
	 * {@code token create NAME} prints a new API token once and keeps only its hash; it
	 * needs no search index, so it runs while the archive does.
	 */
	@Test
	void tokenCreatesATokenWhileTheRunningArchiveOwnsTheIndex(@TempDir Path index) throws Exception {
		String name = "scraper-" + System.nanoTime();
		try (IndexDirectoryLock running = IndexDirectoryLock.tryAcquire(index).orElseThrow()) {
			int exit = CommandRunner.run("token", new String[] { "create", name, "--archive.index-dir=" + index });
			assertThat(exit).isZero();
		}
		String token = this.out.toString(StandardCharsets.UTF_8).strip();
		assertThat(token).matches("pa_[A-Za-z0-9_-]{43}");
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains(name).contains("shown only now");

		int again = CommandRunner.run("token", new String[] { "create", name, "--archive.index-dir=" + index });
		assertThat(again).isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("revoke it first");
		assertThat(CommandRunner.run("token", new String[] { "list" })).isEqualTo(2);
	}

}
