package vn.newsarchive.system;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Readers' reports of errors ({@code archive.reports.*}): how many one address may send.
 *
 * @param maxPerAddress reports one address may send within the window
 * @param window the time the allowance refills over, evenly
 */
public record ReaderReportProperties(@Min(1) @DefaultValue("5") int maxPerAddress,
		@NotNull @DefaultValue("1h") Duration window) {

}
