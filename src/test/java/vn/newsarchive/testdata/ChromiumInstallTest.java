package vn.newsarchive.testdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser tests find Chromium where people have it, with a driver of the same major
 * version, and say why when they cannot (stand-in programs that print versions).
 */
class ChromiumInstallTest {

	@TempDir
	Path bin;

	@Test
	void findsChromiumBrowserAndItsDriverOnThePath() throws IOException {
		program("chromium-browser", "Chromium 156.0.8078.129 snap");
		program("chromedriver", "ChromeDriver 156.0.8078.129 (1a2e4e6f)");
		ChromiumInstall found = ChromiumInstall.find(Map.of("PATH", "/nowhere:" + this.bin));
		assertThat(found.found()).isTrue();
		assertThat(found.browser()).isEqualTo(this.bin.resolve("chromium-browser"));
		assertThat(found.driver()).isEqualTo(this.bin.resolve("chromedriver"));
	}

	@Test
	void chromeBinAndChromeWebDriverComeFirst(@TempDir Path other) throws IOException {
		program("chromium", "Chromium 156.0.8078.129");
		program("chromedriver", "ChromeDriver 156.0.8078.129");
		Path chrome = Files.writeString(other.resolve("chrome"), "#!/bin/sh\necho 'Google Chrome 131.0.6778.85'\n");
		Path driver = Files.writeString(other.resolve("chromedriver"),
				"#!/bin/sh\necho 'ChromeDriver 131.0.6778.85'\n");
		executable(chrome);
		executable(driver);
		ChromiumInstall found = ChromiumInstall.find(Map.of("PATH", this.bin.toString(), "CHROME_BIN",
				chrome.toString(), "CHROMEWEBDRIVER", other.toString()));
		assertThat(found.browser()).isEqualTo(chrome);
		assertThat(found.driver()).isEqualTo(driver);
	}

	@Test
	void aDriverOfAnotherVersionIsNoMatch() throws IOException {
		program("google-chrome", "Google Chrome 156.0.8078.129");
		program("chromedriver", "ChromeDriver 120.0.6099.71");
		ChromiumInstall found = ChromiumInstall.find(Map.of("PATH", this.bin.toString()));
		assertThat(found.found()).isFalse();
		assertThat(found.problem()).contains("version 120").contains("version 156");
	}

	@Test
	void saysWhyWhenThereIsNoBrowser() throws IOException {
		program("chromedriver", "ChromeDriver 156.0.8078.129");
		assertThat(ChromiumInstall.find(Map.of("PATH", this.bin.toString())).problem())
			.contains("no chromium, chromium-browser or google-chrome on the PATH");
		assertThat(
				ChromiumInstall.find(Map.of("PATH", this.bin.toString(), "CHROME_BIN", "/nowhere/chromium")).problem())
			.contains("CHROME_BIN=/nowhere/chromium is no program");
		program("chromium", "Chromium 156.0.8078.129");
		assertThat(ChromiumInstall.find(Map.of("PATH", "/usr/bin", "ARCHIVE_BROWSER_PATH", "/nowhere")).found())
			.isFalse();
		assertThat(
				ChromiumInstall.find(Map.of("PATH", "/nowhere", "ARCHIVE_BROWSER_PATH", this.bin.toString())).found())
			.isTrue();
	}

	private void program(String name, String version) throws IOException {
		executable(Files.writeString(this.bin.resolve(name), "#!/bin/sh\necho '" + version + "'\n"));
	}

	private static void executable(Path file) throws IOException {
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
	}

}
