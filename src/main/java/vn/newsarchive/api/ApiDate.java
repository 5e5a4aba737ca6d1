package vn.newsarchive.api;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import vn.newsarchive.kernel.DatePrecision;

/**
 * A date as the archive knows it: ISO 8601 at its precision ({@code 2024-09-04T10:30},
 * {@code 2024-09-04}, {@code 2024-09}, {@code 2024}), the precision, and whether it was
 * inferred rather than stated.
 */
public record ApiDate(String date, DatePrecision precision, boolean inferred) {

	static ApiDate of(Object at, Object precision, Object inferred) {
		if (at == null) {
			return null;
		}
		DatePrecision p = (precision != null) ? DatePrecision.valueOf(precision.toString()) : DatePrecision.DAY;
		LocalDateTime time = (at instanceof Timestamp stamp) ? stamp.toLocalDateTime()
				: (at instanceof Date date) ? date.toLocalDate().atStartOfDay()
						: (at instanceof LocalDate day) ? day.atStartOfDay() : (LocalDateTime) at;
		if (!(at instanceof Timestamp || at instanceof LocalDateTime) && p == DatePrecision.MINUTE) {
			p = DatePrecision.DAY;
		}
		return new ApiDate(iso(time, p), p, Boolean.TRUE.equals(inferred));
	}

	/** The date at its precision, as Popolo and ISO 8601 write it. */
	static String iso(LocalDateTime at, DatePrecision precision) {
		return switch (precision) {
			case MINUTE -> DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").format(at);
			case DAY -> DateTimeFormatter.ISO_LOCAL_DATE.format(at);
			case MONTH -> DateTimeFormatter.ofPattern("yyyy-MM").format(at);
			case YEAR -> DateTimeFormatter.ofPattern("yyyy").format(at);
		};
	}

}
