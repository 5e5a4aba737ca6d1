package vn.newsarchive.testdata;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds a Chromium (or Chrome) and a ChromeDriver of the same major version where people
 * have them: {@code CHROME_BIN}, else {@code chromium}, {@code chromium-browser} or
 * {@code google-chrome} on the search path; the driver in {@code CHROMEDRIVER}, in
 * {@code CHROMEWEBDRIVER} (GitHub's runners) or on the search path. The search path is
 * {@code ARCHIVE_BROWSER_PATH} when set, else {@code PATH}, so a test run can hide the
 * machine's browser. When there is none, {@link #problem()} says why.
 */
record ChromiumInstall(Path browser, Path driver, String problem) {

	private static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome");

	private static final Pattern MAJOR_VERSION = Pattern.compile("(\\d+)\\.\\d+\\.\\d+");

	static ChromiumInstall find(Map<String, String> env) {
		List<Path> searchPath = Stream
			.of(env.getOrDefault("ARCHIVE_BROWSER_PATH", env.getOrDefault("PATH", "")).split(File.pathSeparator))
			.filter((dir) -> !dir.isBlank())
			.map(Path::of)
			.toList();
		Optional<Path> browser = (env.get("CHROME_BIN") != null) ? executable(Path.of(env.get("CHROME_BIN")))
				: BROWSERS.stream().flatMap((name) -> onPath(searchPath, name).stream()).findFirst();
		if (browser.isEmpty()) {
			return missing((env.get("CHROME_BIN") != null) ? "CHROME_BIN=" + env.get("CHROME_BIN") + " is no program"
					: "no chromium, chromium-browser or google-chrome on the PATH and CHROME_BIN is unset");
		}
		List<Path> drivers = new ArrayList<>();
		Optional.ofNullable(env.get("CHROMEDRIVER")).map(Path::of).ifPresent(drivers::add);
		Optional.ofNullable(env.get("CHROMEWEBDRIVER"))
			.map((dir) -> Path.of(dir, "chromedriver"))
			.ifPresent(drivers::add);
		drivers.addAll(onPath(searchPath, "chromedriver").stream().toList());
		Optional<Path> driver = drivers.stream().flatMap((path) -> executable(path).stream()).findFirst();
		if (driver.isEmpty()) {
			return missing("found " + browser.get() + " but no chromedriver (CHROMEDRIVER, or on the PATH)");
		}
		Optional<String> browserVersion = majorVersion(browser.get());
		Optional<String> driverVersion = majorVersion(driver.get());
		if (browserVersion.isEmpty() || !browserVersion.equals(driverVersion)) {
			return missing(driver.get() + " (version " + driverVersion.orElse("unknown") + ") does not match "
					+ browser.get() + " (version " + browserVersion.orElse("unknown") + ")");
		}
		return new ChromiumInstall(browser.get(), driver.get(), null);
	}

	boolean found() {
		return this.problem == null;
	}

	private static ChromiumInstall missing(String problem) {
		return new ChromiumInstall(null, null, "No browser for the browser tests: " + problem);
	}

	private static Optional<Path> onPath(List<Path> searchPath, String name) {
		return searchPath.stream().flatMap((dir) -> executable(dir.resolve(name)).stream()).findFirst();
	}

	private static Optional<Path> executable(Path candidate) {
		return (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) ? Optional.of(candidate)
				: Optional.empty();
	}

	/** The major version a program prints for {@code --version}, e.g. 156. */
	private static Optional<String> majorVersion(Path program) {
		try {
			Process process = new ProcessBuilder(program.toString(), "--version").redirectErrorStream(true).start();
			process.getOutputStream().close();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return Optional.empty();
			}
			Matcher version = MAJOR_VERSION.matcher(output);
			return version.find() ? Optional.of(version.group(1)) : Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

}
