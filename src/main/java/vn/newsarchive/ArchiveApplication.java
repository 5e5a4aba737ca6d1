package vn.newsarchive;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import vn.newsarchive.importer.ArticlePipeline;
import vn.newsarchive.importer.cli.ExtractCommand;
import vn.newsarchive.system.DatabaseBootstrap;

/**
 * Serves the archive, or runs one of its commands: {@code extract PATH...} (no database),
 * {@code import PATH...}, {@code reindex} and {@code token create NAME}.
 */
@SpringBootApplication
public class ArchiveApplication {

	public static void main(String[] args) {
		String command = (args.length > 0) ? args[0] : "serve";
		String[] rest = (args.length > 0) ? Arrays.copyOfRange(args, 1, args.length) : args;
		switch (command) {
			case "extract" ->
				System.exit(new ExtractCommand(new ArticlePipeline()).run(rest, utf8(System.out), utf8(System.err)));
			case "import", "reindex", "token" -> System.exit(CommandRunner.run(command, rest));
			default -> serve(args);
		}
	}

	/**
	 * Vietnamese output whatever the platform's default encoding (Java 17 follows the
	 * locale).
	 */
	static PrintStream utf8(PrintStream platform) {
		return new PrintStream(platform, true, StandardCharsets.UTF_8);
	}

	private static void serve(String[] args) {
		SpringApplication application = new SpringApplication(ArchiveApplication.class);
		application.addListeners(new DatabaseBootstrap());
		application.run(args);
	}

}
