package vn.newsarchive.importer.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.newsarchive.ArchiveApplication;
import vn.newsarchive.testdata.TestArchive;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An {@code import} the process is told to stop (SIGTERM, Ctrl-C: the JVM's shutdown hook
 * closes the Spring context from a thread of its own while the command runs) stops
 * reading, lets the articles being stored finish, reports no file as failed and says how
 * far it got; the same import run again stores the rest, each article once (issue 12).
 */
class StoppedImportTest {

	private static final int COPIES = 4;

	private static final Pattern SUMMARY = Pattern
		.compile("Imported (\\d+), duplicates (\\d+), failed (\\d+)\\.\\R" + "Stopped before the end: (\\d+) of (\\d+)"
				+ " files not read\\. Run the same command again to import them");

	@Test
	void aStoppedImportStopsReadingAndTheNextRunStoresTheRest(@TempDir Path folder) throws Exception {
		int files = copiesOfTheSeeds(folder);
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		PrintStream console = System.out;
		CountDownLatch closing = new CountDownLatch(1);
		ConfigurableApplicationContext archive = start();
		// what the JVM's shutdown hook does on SIGTERM
		Thread shutdownHook = new Thread(archive::close, "shutdown-hook");
		try {
			archive.addApplicationListener((ContextClosedEvent event) -> closing.countDown());
			TestArchive.empty(archive.getBean(JdbcTemplate.class));
			System.setOut(new PrintStream(new StopAfterTheFirstFile(printed, shutdownHook, closing), true,
					StandardCharsets.UTF_8));
			// the command prints to the System.out it finds when it is made
			ImportCommand command = archive.getBeanFactory().createBean(ImportCommand.class);

			assertThat(command.run(new String[] { folder.toString() })).isEqualTo(1);
			shutdownHook.join();
		}
		finally {
			System.setOut(console);
			archive.close();
		}
		String output = printed.toString(StandardCharsets.UTF_8);
		assertThat(output).doesNotContain("FAILED");
		Matcher summary = SUMMARY.matcher(output);
		assertThat(summary.find()).as(output).isTrue();
		long stored = Long.parseLong(summary.group(1));
		long reported = output.lines().filter((line) -> line.startsWith("[")).count();
		assertThat(Long.parseLong(summary.group(3))).isZero();
		assertThat(Long.parseLong(summary.group(1)) + Long.parseLong(summary.group(2))).isEqualTo(reported);
		assertThat(Long.parseLong(summary.group(4))).isPositive().isEqualTo(files - reported);
		assertThat(Long.parseLong(summary.group(5))).isEqualTo(files);

		try (ConfigurableApplicationContext restarted = start()) {
			JdbcTemplate jdbc = restarted.getBean(JdbcTemplate.class);
			assertThat(articles(jdbc)).isEqualTo(stored);
			ImportSummary rest = restarted.getBean(ImportService.class)
				.importPaths(List.of(folder), ImportProgress.NONE);
			assertThat(rest.failed()).isZero();
			assertThat(rest.notRead()).isZero();
			assertThat(stored + rest.imported()).isEqualTo(files / COPIES);
			assertThat(articles(jdbc)).isEqualTo(files / COPIES);
		}
	}

	/** The five seeds four times over: the folder holds five articles. */
	private static int copiesOfTheSeeds(Path folder) throws IOException {
		List<Path> seeds;
		try (Stream<Path> listed = Files.list(Path.of("seeds"))) {
			seeds = listed.sorted().toList();
		}
		for (int copy = 0; copy < COPIES; copy++) {
			for (Path seed : seeds) {
				Files.copy(seed, folder.resolve(copy + "-" + seed.getFileName()));
			}
		}
		return COPIES * seeds.size();
	}

	private static ConfigurableApplicationContext start() {
		SpringApplication application = new SpringApplication(ArchiveApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		return application.run();
	}

	private static long articles(JdbcTemplate jdbc) {
		return jdbc.queryForObject("select count(*) from article", Long.class);
	}

	/**
	 * The console, which starts the shutdown once the first file is reported and lets the
	 * command go on when the context has begun to close.
	 */
	private static final class StopAfterTheFirstFile extends OutputStream {

		private final ByteArrayOutputStream printed;

		private final Thread shutdownHook;

		private final CountDownLatch closing;

		StopAfterTheFirstFile(ByteArrayOutputStream printed, Thread shutdownHook, CountDownLatch closing) {
			this.printed = printed;
			this.shutdownHook = shutdownHook;
			this.closing = closing;
		}

		@Override
		public void write(int b) {
			this.printed.write(b);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) {
			this.printed.write(bytes, offset, length);
		}

		@Override
		public void flush() {
			if (this.shutdownHook.getState() == Thread.State.NEW
					&& this.printed.toString(StandardCharsets.UTF_8).contains("[1/")) {
				this.shutdownHook.start();
				try {
					this.closing.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		}

	}

}
