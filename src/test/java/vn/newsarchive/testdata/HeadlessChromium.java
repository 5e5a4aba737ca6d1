package vn.newsarchive.testdata;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium found where people have it ({@link ChromiumInstall}), in a
 * throw-away profile, as the browser tests use it. Without one the tests are reported as
 * skipped with the reason, except on CI ({@code CI=true}), where a missing browser fails
 * the run. Selenium Manager never runs (it would download a browser) because the driver
 * is named explicitly.
 */
public final class HeadlessChromium implements AutoCloseable {

	static final Path SCREENSHOTS = Path.of("target/screenshots");

	/**
	 * Selenium warns at every start that it has no DevTools support for this Chromium's
	 * version; the tests use WebDriver only. Held here: java.util.logging forgets the
	 * level of a logger nobody references.
	 */
	private static final List<Logger> QUIET = Stream
		.of("org.openqa.selenium.devtools.CdpVersionFinder", "org.openqa.selenium.chromium.ChromiumDriver")
		.map(HeadlessChromium::severeOnly)
		.toList();

	private static ChromiumInstall install;

	private final Path profile;

	private final ChromeDriver driver;

	private HeadlessChromium(Path profile, ChromeDriver driver) {
		this.profile = profile;
		this.driver = driver;
	}

	/**
	 * Starts Chromium, or returns null when this machine has none (failing on CI): for a
	 * {@code @BeforeAll}, whose tests then call {@link #assumeInstalled()} so that each
	 * is reported as skipped with the reason (an aborted {@code @BeforeAll} reports
	 * none).
	 */
	public static HeadlessChromium startIfInstalled() throws IOException {
		ChromiumInstall chromium = install();
		if (!chromium.found()) {
			if ("true".equals(System.getenv("CI"))) {
				Assertions.fail(chromium.problem() + " (CI=true: the browser tests must run)");
			}
			return null;
		}
		return start(chromium);
	}

	/** Skips the calling test, with the reason, on a machine without Chromium. */
	public static void assumeInstalled() {
		Assumptions.assumeTrue(install().found(), install()::problem);
	}

	private static Logger severeOnly(String name) {
		Logger logger = Logger.getLogger(name);
		logger.setLevel(Level.SEVERE);
		return logger;
	}

	private static synchronized ChromiumInstall install() {
		if (install == null) {
			install = ChromiumInstall.find(System.getenv());
		}
		return install;
	}

	private static HeadlessChromium start(ChromiumInstall chromium) throws IOException {
		Path profile = Files.createTempDirectory("archive-chromium-");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(chromium.driver().toFile())
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions().setBinary(chromium.browser().toFile())
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-dev-shm-usage", "--user-data-dir=" + profile, "--lang=vi");
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		driver.manage().window().setSize(new Dimension(1280, 1500));
		Files.createDirectories(SCREENSHOTS);
		return new HeadlessChromium(profile, driver);
	}

	public ChromeDriver driver() {
		return this.driver;
	}

	/**
	 * Clicks a link or a submit button and waits until the next page has replaced this
	 * one: a click returns as soon as the browser took it, often before the new page has
	 * loaded, and a lookup then finds the old page or nothing.
	 */
	public void follow(WebElement linkOrButton) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		linkOrButton.click();
		new WebDriverWait(this.driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(page));
		new WebDriverWait(this.driver, Duration.ofSeconds(20)).until((driver) -> "complete"
			.equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
	}

	/** Saves what the browser shows to target/screenshots/NAME.png. */
	public void screenshot(String name) throws IOException {
		File shot = this.driver.getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

	/**
	 * Saves the whole page, not only what the window shows, to
	 * target/screenshots/NAME.png: the window is made as tall as the page for the shot
	 * (at most 6000 px), then given back its height.
	 */
	public void fullPageScreenshot(String name) throws IOException {
		Dimension window = this.driver.manage().window().getSize();
		long page = ((Number) this.driver.executeScript("return document.documentElement.scrollHeight;")).longValue();
		this.driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(page + 150, 6000)));
		Path file = SCREENSHOTS.resolve(name + ".png");
		Files.createDirectories(file.getParent());
		Files.copy(this.driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
		this.driver.manage().window().setSize(window);
	}

	@Override
	public void close() throws IOException {
		this.driver.quit();
		try (var files = Files.walk(this.profile)) {
			files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
	}

}
