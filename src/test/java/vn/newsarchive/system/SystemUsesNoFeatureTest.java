package vn.newsarchive.system;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code system} is infrastructure that features use, never the other way round: no
 * compiled class of it refers to a feature package (a class file names every type it uses
 * in its constant pool, however the source spelled it). The importer's kernel types
 * (dates, Vietnamese text) are allowed.
 */
class SystemUsesNoFeatureTest {

	private static final List<String> FEATURES = List.of("article", "person", "resolution", "meeting", "search",
			"admin", "home", "importer/store", "importer/cli");

	@Test
	void noSystemClassRefersToAFeature() throws IOException, URISyntaxException {
		Path classes = Path.of(ArchiveTallies.class.getProtectionDomain().getCodeSource().getLocation().toURI())
			.resolve("vn/newsarchive/system");
		List<Path> compiled;
		try (Stream<Path> files = Files.walk(classes)) {
			compiled = files.filter((file) -> file.toString().endsWith(".class")).toList();
		}
		assertThat(compiled).hasSizeGreaterThan(20);
		for (Path file : compiled) {
			String constants = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
			for (String feature : FEATURES) {
				assertThat(constants).as(file.getFileName() + " uses " + feature)
					.doesNotContain("vn/newsarchive/" + feature + "/");
			}
		}
	}

}
