package vn.newsarchive.admin;

import java.time.LocalDate;
import java.time.LocalDateTime;

import vn.newsarchive.kernel.DatePrecision;

/** A parsed date: the earliest instant it denotes, its precision and whether inferred. */
public record DateValue(LocalDateTime start, DatePrecision precision, boolean inferred) {

	public LocalDate startDate() {
		return this.start.toLocalDate();
	}

}
