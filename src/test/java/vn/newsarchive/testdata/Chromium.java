package vn.newsarchive.testdata;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium for browser tests. Fails (never skips) when Chromium or its
 * driver is missing; Selenium Manager never runs because the driver is named explicitly.
 */
public final class Chromium {

	static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	static final String CHROMIUM = "/usr/bin/chromium";

	private Chromium() {
	}

	/** A fresh browser with its own profile folder, Vietnamese first, desktop-sized. */
	public static WebDriver start(Path profile) {
		assertThat(CHROMEDRIVER).as("chromedriver is installed").canRead();
		assertThat(CHROMEDRIVER.canExecute()).as("chromedriver is executable").isTrue();
		assertThat(new File(CHROMIUM)).as("chromium is installed").canRead();
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-dev-shm-usage", "--user-data-dir=" + profile, "--lang=vi");
		WebDriver browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		browser.manage().window().setSize(new Dimension(1280, 1500));
		return browser;
	}

	/** Quits the browser and removes its profile folder. */
	public static void stop(WebDriver browser, Path profile) throws IOException {
		if (browser != null) {
			browser.quit();
		}
		if (profile != null) {
			try (var files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
	}

}
