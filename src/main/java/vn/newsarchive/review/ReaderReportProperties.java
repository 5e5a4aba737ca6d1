package vn.newsarchive.review;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Settings of readers' reports ({@code archive.reports.*}). */
@ConfigurationProperties("archive.reports")
@Validated
public class ReaderReportProperties {

	/** Reports one address may send within the window. */
	@Min(1)
	private int maxPerAddress = 5;

	/** The allowance refills evenly over this time. */
	@NotNull
	private Duration window = Duration.ofHours(1);

	public int getMaxPerAddress() {
		return this.maxPerAddress;
	}

	public void setMaxPerAddress(int maxPerAddress) {
		this.maxPerAddress = maxPerAddress;
	}

	public Duration getWindow() {
		return this.window;
	}

	public void setWindow(Duration window) {
		this.window = window;
	}

}
