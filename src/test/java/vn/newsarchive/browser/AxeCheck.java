package vn.newsarchive.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The accessibility rules of axe-core, bundled as a test resource (axe/SOURCE.txt), run
 * on the page the browser shows: the violations of serious or critical impact, each with
 * its rule, its help text and the first elements it found.
 */
final class AxeCheck {

	private static final String AXE = load();

	private static final String RUN = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { resultTypes: ['violations'] })
			  .then((r) => done(r.violations
			    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
			    .map((v) => v.id + ' (' + v.impact + '): ' + v.help + ' at '
			      + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', '))))
			  .catch((e) => done(['axe could not run: ' + e]));
			""";

	private final JavascriptExecutor script;

	AxeCheck(WebDriver browser) {
		this.script = (JavascriptExecutor) browser;
		browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
	}

	@SuppressWarnings("unchecked")
	List<String> seriousViolations() {
		this.script.executeScript(AXE);
		return (List<String>) this.script.executeAsyncScript(RUN);
	}

	private static String load() {
		try (InputStream in = AxeCheck.class.getResourceAsStream("/axe/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe/axe.min.js is missing from the test resources");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
