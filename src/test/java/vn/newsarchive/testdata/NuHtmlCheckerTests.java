package vn.newsarchive.testdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Why the HTML check cannot run, said so that the reader knows what to install or set.
 */
class NuHtmlCheckerTests {

	@Test
	void anUnsetOrWrongVnuJarIsNamedWithWhatToDo(@TempDir Path dir) throws IOException {
		assertThat(NuHtmlChecker.problem(null)).contains("VNU_JAR is unset", "npm install vnu-jar@");
		assertThat(NuHtmlChecker.problem(dir.resolve("vnu.jar").toString())).contains("is no file");
		assertThat(NuHtmlChecker.problem(Files.createFile(dir.resolve("vnu.jar")).toString())).isNull();
	}

}
