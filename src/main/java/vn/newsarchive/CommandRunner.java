package vn.newsarchive;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

import vn.newsarchive.system.ArchiveCommand;
import vn.newsarchive.system.ArchiveProperties;
import vn.newsarchive.system.DatabaseBootstrap;
import vn.newsarchive.system.IndexDirectoryLock;

/**
 * Runs a database command ({@code import}, {@code reindex}, {@code token}) in a non-web
 * Spring context and returns its exit code. Seeding is off: a command does only what it
 * was asked. A command that writes articles refuses to start while a running archive owns
 * the search index, since two writers would damage it; {@code token} runs without the
 * index, so a token can be made while the archive runs.
 */
final class CommandRunner {

	static final int EXIT_INDEX_IN_USE = 3;

	/** Commands that need the database only. */
	private static final Set<String> INDEX_FREE = Set.of("token");

	private static final String WITHOUT_SEARCH = "--spring.jpa.properties.hibernate.search.enabled=false";

	private CommandRunner() {
	}

	static int run(String command, String[] args) {
		if (INDEX_FREE.contains(command)) {
			// touches neither articles nor the index, so it may run beside the archive
			String[] springArgs = Stream
				.concat(Arrays.stream(args).filter((arg) -> arg.startsWith("--")), Stream.of(WITHOUT_SEARCH))
				.toArray(String[]::new);
			return runInContext(command,
					Arrays.stream(args).filter((arg) -> !arg.startsWith("--")).toArray(String[]::new), springArgs);
		}
		ArchiveProperties settings = settings(
				withCommandDefaults(Arrays.stream(args).filter((arg) -> arg.startsWith("--")).toArray(String[]::new)));
		if (settings.search().shared()) {
			// OpenSearch takes writes from every node and command at once; rebuilds wait
			// for each other through the database (IndexLock)
			return runInContext(command,
					Arrays.stream(args).filter((arg) -> !arg.startsWith("--")).toArray(String[]::new),
					Arrays.stream(args).filter((arg) -> arg.startsWith("--")).toArray(String[]::new));
		}
		Path indexDirectory = settings.indexDir();
		Optional<IndexDirectoryLock> lock;
		try {
			lock = IndexDirectoryLock.tryAcquire(indexDirectory);
		}
		catch (IOException ex) {
			ArchiveApplication.utf8(System.err)
				.println("Cannot open the search index directory " + indexDirectory + ": " + ex.getMessage());
			return EXIT_INDEX_IN_USE;
		}
		if (lock.isEmpty()) {
			ArchiveApplication.utf8(System.err)
				.println("The archive is running and owns the search index in " + indexDirectory
						+ ": import into the running archive from its editors' page /admin/import, "
						+ "or stop it and run '" + command + "' again.");
			return EXIT_INDEX_IN_USE;
		}
		try (IndexDirectoryLock held = lock.get()) {
			return runInContext(command,
					Arrays.stream(args).filter((arg) -> !arg.startsWith("--")).toArray(String[]::new),
					Arrays.stream(args).filter((arg) -> arg.startsWith("--")).toArray(String[]::new));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int runInContext(String command, String[] commandArgs, String[] springArgs) {
		SpringApplication application = new SpringApplication(ArchiveApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.addListeners(new DatabaseBootstrap());
		try (ConfigurableApplicationContext context = application.run(withCommandDefaults(springArgs))) {
			return context.getBeansOfType(ArchiveCommand.class)
				.values()
				.stream()
				.filter((candidate) -> candidate.name().equals(command))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("Unknown command: " + command))
				.run(commandArgs);
		}
	}

	/**
	 * Command-line properties, since they outrank application.properties: a command
	 * imports nothing by itself and talks little. The operator's own {@code --key=value}
	 * still wins.
	 * <p>
	 * A command also commits the search index seldom: {@code import} and {@code reindex}
	 * commit it when they end, and an index a crash cut short is rebuilt at the next
	 * start whatever the interval, so the server's 5 s commits (each one a new small
	 * segment to write and merge) would only cost time.
	 */
	static String[] withCommandDefaults(String[] springArgs) {
		Map<String, String> defaults = new LinkedHashMap<>();
		defaults.put("archive.seed.enabled", "false");
		defaults.put("spring.main.banner-mode", "off");
		defaults.put("logging.level.root", "WARN");
		defaults.put("spring.jpa.properties.hibernate.search.backend.io.commit_interval", "600000");
		defaults.put("spring.jpa.properties.hibernate.search.backend.io.writer.ram_buffer_size", "128");
		List<String> args = new ArrayList<>(Arrays.asList(springArgs));
		defaults.forEach((key, value) -> {
			if (args.stream().noneMatch((arg) -> arg.startsWith("--" + key + "="))) {
				args.add("--" + key + "=" + value);
			}
		});
		return args.toArray(String[]::new);
	}

	/**
	 * The settings as the command's Spring context will see them (its arguments, system
	 * properties, environment, application.properties), bound before it starts: the index
	 * must be locked before Hibernate Search opens it.
	 */
	static ArchiveProperties settings(String[] springArgs) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(springArgs));
		ConfigDataEnvironmentPostProcessor.applyTo(environment);
		return Binder.get(environment).bindOrCreate("archive", ArchiveProperties.class);
	}

}
