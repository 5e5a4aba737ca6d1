package vn.newsarchive.system;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
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

	private static final DateTimeFormatter ISO_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private static final DateTimeFormatter ISO_MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

	private static final DateTimeFormatter ISO_YEAR = DateTimeFormatter.ofPattern("yyyy");

	/** A pattern of the messages in one language. */
	private record Format(String pattern, Locale locale) {
	}

	private final MessageSource messages;

	/**
	 * The formatters made so far, a few per language: parsing the pattern anew for every
	 * date was a few percent of a page listing forty of them.
	 */
	private final Map<Format, DateTimeFormatter> formatters = new ConcurrentHashMap<>();

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
		return this.formatters
			.computeIfAbsent(new Format(pattern, locale), (format) -> DateTimeFormatter.ofPattern(pattern, locale))
			.format(at);
	}

	public String of(LocalDate on, DatePrecision precision) {
		if (on == null) {
			return "";
		}
		DatePrecision shown = (precision == DatePrecision.MINUTE || precision == null) ? DatePrecision.DAY : precision;
		return of(on.atStartOfDay(), shown);
	}

	/**
	 * A date as every list shows it (the fragment {@code when} of
	 * {@code fragments/parts}), escaped: its {@code <time>} at the source's precision, a
	 * badge when the date was inferred, or "date unknown". Written here rather than by
	 * the fragment's eight expressions, for the reason
	 * {@link ColumnChart#columnsMarkup()} is: a person page shows some sixty dates.
	 * @param at a {@link LocalDateTime} or a {@link LocalDate}, or null
	 */
	public String when(Object at, DatePrecision precision, Boolean inferred) {
		Locale locale = LocaleContextHolder.getLocale();
		if (at == null) {
			return "<span class=\"unknown\">" + escape(this.messages.getMessage("date.unknown", null, locale))
					+ "</span>";
		}
		String iso;
		String label;
		if (at instanceof LocalDate on) {
			iso = iso(on, precision);
			label = of(on, precision);
		}
		else {
			LocalDateTime time = (LocalDateTime) at;
			iso = iso(time, precision);
			label = of(time, precision);
		}
		StringBuilder markup = new StringBuilder(200).append("<time datetime=\"")
			.append(escape(iso))
			.append("\">")
			.append(escape(label))
			.append("</time>");
		if (Boolean.TRUE.equals(inferred)) {
			markup.append("<span class=\"badge inferred\" title=\"")
				.append(escape(this.messages.getMessage("date.inferred.help", null, locale)))
				.append("\">")
				.append(escape(this.messages.getMessage("date.inferred", null, locale)))
				.append("</span>");
		}
		return markup.toString();
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
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
			case MINUTE -> ISO_MINUTE.format(at);
			case DAY -> DateTimeFormatter.ISO_LOCAL_DATE.format(at);
			case MONTH -> ISO_MONTH.format(at);
			case YEAR -> ISO_YEAR.format(at);
		};
	}

	public String iso(LocalDate on, DatePrecision precision) {
		if (on == null) {
			return null;
		}
		return iso(on.atStartOfDay(), (precision == DatePrecision.MINUTE) ? DatePrecision.DAY : precision);
	}

}
