package vn.newsarchive;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.OptionalInt;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import vn.newsarchive.importer.ArticlePipeline;
import vn.newsarchive.importer.cli.ExtractCommand;
import vn.newsarchive.system.DatabaseBootstrap;

/**
 * Serves the archive, or runs one of its commands: {@code extract PATH...} (no database),
 * {@code import PATH...}, {@code reindex}, {@code token create NAME} and {@code help}
 * ({@link Usage}).
 */
@SpringBootApplication
public class ArchiveApplication {

	public static void main(String[] args) {
		OptionalInt exit = runCommand(args, utf8(System.out), utf8(System.err));
		if (exit.isPresent()) {
			System.exit(exit.getAsInt());
		}
		serve(args);
	}

	/**
	 * Runs the command the arguments name and returns its exit code, or nothing when they
	 * ask for the server: no arguments, or only settings ({@code --key=value}).
	 */
	static OptionalInt runCommand(String[] args, PrintStream out, PrintStream err) {
		if (args.length == 0 || (args[0].startsWith("--") && !"--help".equals(args[0]))) {
			return OptionalInt.empty();
		}
		String[] rest = Arrays.copyOfRange(args, 1, args.length);
		return OptionalInt.of(switch (args[0]) {
			case "extract" -> new ExtractCommand(new ArticlePipeline()).run(rest, out, err);
			case "import", "reindex", "token" -> CommandRunner.run(args[0], rest);
			case "help", "-h", "--help" -> {
				out.print(Usage.TEXT);
				yield 0;
			}
			default -> {
				err.println("Unknown command: " + args[0]);
				err.print(Usage.TEXT);
				yield Usage.EXIT_USAGE;
			}
		});
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
