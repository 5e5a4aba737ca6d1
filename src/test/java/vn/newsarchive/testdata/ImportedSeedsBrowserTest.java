package vn.newsarchive.testdata;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;

/**
 * The running app over the imported seeds ({@link ImportedSeedsWebTest}) and one headless
 * Chromium for the test class. Without a browser, each test is reported as skipped with
 * the reason ({@link HeadlessChromium#assumeInstalled()}).
 */
public abstract class ImportedSeedsBrowserTest extends ImportedSeedsWebTest {

	protected HeadlessChromium chromium;

	protected WebDriver browser;

	@BeforeAll
	void startChromium() throws IOException {
		this.chromium = HeadlessChromium.startIfInstalled();
		this.browser = (this.chromium != null) ? this.chromium.driver() : null;
	}

	@BeforeEach
	void needsChromium() {
		HeadlessChromium.assumeInstalled();
	}

	@AfterAll
	void stopChromium() throws IOException {
		if (this.chromium != null) {
			this.chromium.close();
		}
	}

}
