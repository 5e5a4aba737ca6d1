package vn.newsarchive.system;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import vn.newsarchive.kernel.DatePrecision;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A date as lists show it, written in Java: the markup the fragment {@code when} wrote
 * with its expressions (as the pages of the five seeds and of 5,000 generated articles
 * showed it, byte for byte).
 */
class DateLabelsTests {

	private static final String INFERRED_VI = "<span class=\"badge inferred\" title=\"Ngày này được suy ra từ nội dung"
			+ " bài, nguồn không ghi đầy đủ.\">suy đoán</span>";

	private final DateLabels dates = new DateLabels(messages());

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aDateAtEachPrecision() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
		LocalDateTime at = LocalDateTime.of(2019, 11, 6, 19, 27);
		assertThat(this.dates.when(at, DatePrecision.MINUTE, false))
			.isEqualTo("<time datetime=\"2019-11-06T19:27\">06/11/2019 19:27</time>");
		assertThat(this.dates.when(at, DatePrecision.DAY, false))
			.isEqualTo("<time datetime=\"2019-11-06\">06/11/2019</time>");
		assertThat(this.dates.when(at, DatePrecision.MONTH, false))
			.isEqualTo("<time datetime=\"2019-11\">tháng 11/2019</time>");
		assertThat(this.dates.when(at, DatePrecision.YEAR, false)).isEqualTo("<time datetime=\"2019\">năm 2019</time>");
		assertThat(this.dates.when(at, null, false)).isEqualTo("<time datetime=\"2019-11-06\">06/11/2019</time>");
	}

	@Test
	void aDayWithoutTimeIsNeverShownToTheMinute() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
		assertThat(this.dates.when(LocalDate.of(2025, 9, 4), DatePrecision.MINUTE, false))
			.isEqualTo("<time datetime=\"2025-09-04\">04/09/2025</time>");
		assertThat(this.dates.when(LocalDate.of(2025, 9, 4), DatePrecision.MONTH, null))
			.isEqualTo("<time datetime=\"2025-09\">tháng 9/2025</time>");
	}

	@Test
	void anInferredDateCarriesTheBadge() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
		assertThat(this.dates.when(LocalDate.of(2025, 9, 4), DatePrecision.DAY, true))
			.isEqualTo("<time datetime=\"2025-09-04\">04/09/2025</time>" + INFERRED_VI);
	}

	@Test
	void noDateIsSaidInTheReadersLanguage() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
		assertThat(this.dates.when(null, DatePrecision.DAY, true))
			.isEqualTo("<span class=\"unknown\">không rõ ngày</span>");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.dates.when(null, null, false)).isEqualTo("<span class=\"unknown\">date unknown</span>");
		assertThat(this.dates.when(LocalDateTime.of(2024, 5, 3, 8, 0), DatePrecision.DAY, true))
			.isEqualTo("<time datetime=\"2024-05-03\">3 May 2024</time><span class=\"badge inferred\" title=\"This date"
					+ " was inferred from the text; the source did not state it in full.\">inferred</span>");
	}

	/** The archive's own messages, as the pages read them. */
	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
