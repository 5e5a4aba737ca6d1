package vn.newsarchive.system;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.newsarchive.kernel.DatePrecision;

/**
 * Dates shown at the precision the source gave, never finer: "06/11/2019 19:27",
 * "06/11/2019", "tháng 4/2019", "năm 2019". The patterns are messages, so each language
 * writes dates its own way. Templates call it as {@code @dates}.
 */
@Component("dates")
public class DateLabels {

	/** The archive's time zone, for "today". */
	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private final MessageSource messages;

	DateLabels(MessageSource messages) {
		this.messages = messages;
	}

	public String of(LocalDateTime at, DatePrecision precision) {
		if (at == null) {
			return "";
		}
		DatePrecision shown = (precision != null) ? precision : DatePrecision.DAY;
		Locale locale = LocaleContextHolder.getLocale();
		String pattern = this.messages.getMessage("date.pattern." + shown.name(), null, locale);
		return DateTimeFormatter.ofPattern(pattern, locale).format(at);
	}

	public String of(LocalDate on, DatePrecision precision) {
		if (on == null) {
			return "";
		}
		DatePrecision shown = (precision == DatePrecision.MINUTE || precision == null) ? DatePrecision.DAY : precision;
		return of(on.atStartOfDay(), shown);
	}

	/**
	 * Today in Vietnam, where the archive's readers are: the access date of a citation.
	 * Cached pages are kept for one such day at most ({@link PageCache}).
	 */
	public LocalDate today() {
		return LocalDate.now(ZONE);
	}

	public String of(LocalDate on) {
		return of(on, DatePrecision.DAY);
	}

	/** A month: "tháng 5/2024", "May 2024". */
	public String of(YearMonth month) {
		return (month != null) ? of(month.atDay(1), DatePrecision.MONTH) : "";
	}

	/**
	 * Machine-readable value for a {@code <time datetime>} attribute, at the same
	 * precision.
	 */
	public String iso(LocalDateTime at, DatePrecision precision) {
		if (at == null) {
			return null;
		}
		return switch ((precision != null) ? precision : DatePrecision.DAY) {
			case MINUTE -> DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").format(at);
			case DAY -> DateTimeFormatter.ISO_LOCAL_DATE.format(at);
			case MONTH -> DateTimeFormatter.ofPattern("yyyy-MM").format(at);
			case YEAR -> DateTimeFormatter.ofPattern("yyyy").format(at);
		};
	}

	public String iso(LocalDate on, DatePrecision precision) {
		if (on == null) {
			return null;
		}
		return iso(on.atStartOfDay(), (precision == DatePrecision.MINUTE) ? DatePrecision.DAY : precision);
	}

}
