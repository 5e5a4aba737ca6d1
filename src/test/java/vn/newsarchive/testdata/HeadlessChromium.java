package vn.newsarchive.testdata;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium for browser tests, with a throw-away profile; screenshots go
 * to target/screenshots/. Fails (never skips) when Chromium or its driver is missing;
 * Selenium Manager never runs because the driver is named explicitly.
 */
public final class HeadlessChromium implements AutoCloseable {

	static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	static final String CHROMIUM = "/usr/bin/chromium";

	static final Path SCREENSHOTS = Path.of("target/screenshots");

	private final ChromeDriver browser;

	private final Path profile;

	private HeadlessChromium(ChromeDriver browser, Path profile) {
		this.browser = browser;
		this.profile = profile;
	}

	public static HeadlessChromium start() throws IOException {
		assertThat(CHROMEDRIVER).as("chromedriver is installed").canRead();
		assertThat(CHROMEDRIVER.canExecute()).as("chromedriver is executable").isTrue();
		assertThat(new File(CHROMIUM)).as("chromium is installed").canRead();
		Path profile = Files.createTempDirectory("archive-chromium-");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-dev-shm-usage", "--user-data-dir=" + profile, "--lang=vi");
		ChromeDriver browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		browser.manage().window().setSize(new Dimension(1280, 1500));
		Files.createDirectories(SCREENSHOTS);
		return new HeadlessChromium(browser, profile);
	}

	public WebDriver driver() {
		return this.browser;
	}

	public void screenshot(String name) throws IOException {
		File shot = this.browser.getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

	@Override
	public void close() throws IOException {
		this.browser.quit();
		try (var files = Files.walk(this.profile)) {
			files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
	}

}
