package vn.newsarchive;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import vn.newsarchive.system.ArchiveCommand;
import vn.newsarchive.system.DatabaseBootstrap;

/**
 * Runs a database command ({@code import}, {@code reindex}) in a non-web Spring context
 * and returns its exit code. Seeding is off: a command does only what it was asked.
 */
final class CommandRunner {

	private CommandRunner() {
	}

	static int run(String command, String[] args) {
		SpringApplication application = new SpringApplication(ArchiveApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.addListeners(new DatabaseBootstrap());
		application.setDefaultProperties(java.util.Map.of("archive.seed.enabled", "false", "spring.main.banner-mode",
				"off", "logging.level.root", "WARN"));
		try (ConfigurableApplicationContext context = application.run()) {
			return context.getBeansOfType(ArchiveCommand.class)
				.values()
				.stream()
				.filter((candidate) -> candidate.name().equals(command))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("Unknown command: " + command))
				.run(args);
		}
	}

}
