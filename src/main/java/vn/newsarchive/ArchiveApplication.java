package vn.newsarchive;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import vn.newsarchive.system.DatabaseBootstrap;

/**
 * Serves the archive, or runs one of its commands: {@code extract PATH...} (no database),
 * {@code import PATH...} and {@code reindex}.
 */
@SpringBootApplication
public class ArchiveApplication {

	public static void main(String[] args) {
		String command = (args.length > 0) ? args[0] : "serve";
		String[] rest = (args.length > 0) ? Arrays.copyOfRange(args, 1, args.length) : args;
		switch (command) {
			case "import", "reindex" -> System.exit(CommandRunner.run(command, rest));
			default -> serve(args);
		}
	}

	private static void serve(String[] args) {
		SpringApplication application = new SpringApplication(ArchiveApplication.class);
		application.addListeners(new DatabaseBootstrap());
		application.run(args);
	}

}
