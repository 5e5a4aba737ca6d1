package vn.newsarchive.importer.eventdate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import vn.newsarchive.importer.date.MissingYear;
import vn.newsarchive.importer.date.WrittenDate;
import vn.newsarchive.kernel.PartialDate;

/**
 * Completes an event date that lacks its year. In order: the year stated; the publication
 * date ({@link MissingYear}: an event is reported on or after the day it happens, so
 * 28/12 in an article of 2/1 is the previous year; under a stamp of year and month only,
 * a day of that month or the one before); a month (or a quarter, "quý III/2022") with
 * year elsewhere in the text ("trong tháng 4/2019"); a review of a year ("kiểm điểm ...
 * năm 2016", held early the next year); last, a later day of the latest cited document's
 * year. Anything inferred is marked so.
 */
public final class YearInference {

	/** How many days before an event a letter or decision read at it may be dated. */
	private static final int LETTER_DAYS = 7;

	/**
	 * How many days before an anniversary an event "on the occasion of" it may be held
	 * ("Nhân dịp kỷ niệm … (19/8/1945 – 19/8/2022), chiều ngày 18/8").
	 */
	private static final int EVE_DAYS = 7;

	/**
	 * Month → year pairs written in the text, the year a review covers (or null), and the
	 * latest year written with each day (key: month × 100 + day).
	 */
	public record Hints(Map<Integer, Integer> monthYears, Integer reviewedYear, Map<Integer, Integer> dayYears,
			Map<Boolean, Integer> halfYears, Map<Integer, Integer> anniversaries, LocalDate citedSince) {

		public Hints(Map<Integer, Integer> monthYears, Integer reviewedYear) {
			this(monthYears, reviewedYear, Map.of(), Map.of(), Map.of(), null);
		}

		public static Hints from(String text) {
			return WrittenYears.in(text);
		}

		/**
		 * These hints and the latest issue date of the documents the story cites, which
		 * its meeting cannot precede (session 18); none when the story reviews years of
		 * carrying something out ("tổng kết 5 năm thực hiện …"), held years after.
		 */
		public Hints citing(List<LocalDate> issued, String text) {
			Optional<LocalDate> latest = issued.stream().filter(Objects::nonNull).max(LocalDate::compareTo);
			if (latest.isEmpty() || YearScans.yearsOfWork(text)) {
				return this;
			}
			return new Hints(this.monthYears, this.reviewedYear, this.dayYears, this.halfYears, this.anniversaries,
					latest.get());
		}

	}

	/**
	 * The full date of a stated event date, or empty when no year can be stated or
	 * inferred.
	 */
	public Optional<PartialDate> complete(EventDateMention mention, PartialDate published, Hints hints) {
		WrittenDate written = new WrittenDate(mention.day(), mention.month(), mention.year());
		if (mention.year() != null) {
			return day(written.stated(), false);
		}
		Optional<Integer> beforePublication = MissingYear.notAfter(mention.month(), mention.day(), published);
		Integer sameDay = hints.dayYears().get(mention.month() * 100 + mention.day());
		if (sameDay != null && (published == null || beforePublication.isPresent() && sameDay > beforePublication.get()
				&& sameDay <= published.year() + 1)) {
			return day(written.in(sameDay), true);
		}
		if (beforePublication.isPresent()) {
			return day(beforePublication.flatMap(written::in), true);
		}
		Optional<Integer> underMonthStamp = MissingYear.nearMonthStamp(mention.month(), published);
		if (underMonthStamp.isPresent()) {
			return day(underMonthStamp.flatMap(written::in), true);
		}
		if (published != null && published.month() == null) {
			return day(written.in(published.year()), true);
		}
		Integer stated = hints.monthYears().get(mention.month());
		if (stated != null) {
			return day(written.in(stated), true);
		}
		if (hints.reviewedYear() != null) {
			int year = (mention.month() >= 10) ? hints.reviewedYear() : hints.reviewedYear() + 1;
			return day(written.in(year), true);
		}
		Integer firstHalf = hints.halfYears().get(false);
		if (firstHalf != null) {
			return day(written.in(firstHalf), true);
		}
		Integer secondHalf = hints.halfYears().get(true);
		if (secondHalf != null) {
			return day(written.in((mention.month() >= 7) ? secondHalf : secondHalf + 1), true);
		}
		Optional<Integer> letter = letterDaysBefore(mention, hints);
		return letter.or(() -> anniversaryDaysAfter(mention, hints))
			.or(() -> laterInCitedYear(mention, hints))
			.flatMap((year) -> day(written.in(year), true));
	}

	/**
	 * The year of the latest document cited, when the event's day falls after the
	 * document's date in that year ("Ngày 3-12" beside "Chỉ thị số 20-CT/TW ngày
	 * 18-01-2018"): a meeting cites what was issued before it, and a day earlier in the
	 * year may be of any later year, so gives none.
	 */
	private static Optional<Integer> laterInCitedYear(EventDateMention mention, Hints hints) {
		LocalDate issued = hints.citedSince();
		if (issued == null) {
			return Optional.empty();
		}
		int monthDay = mention.month() * 100 + mention.day();
		return (monthDay > issued.getMonthValue() * 100 + issued.getDayOfMonth()) ? Optional.of(issued.getYear())
				: Optional.empty();
	}

	/**
	 * The year of an anniversary closing a few days after the event's day, in the same
	 * month: an event on its eve ("(19/8/1945 – 19/8/2022), chiều ngày 18/8").
	 */
	private static Optional<Integer> anniversaryDaysAfter(EventDateMention mention, Hints hints) {
		for (int day = mention.day() + 1; day <= mention.day() + EVE_DAYS; day++) {
			Integer year = hints.anniversaries().get(mention.month() * 100 + day);
			if (year != null) {
				return Optional.of(year);
			}
		}
		return Optional.empty();
	}

	/**
	 * The latest year written with a day of the same month a few days before the event's
	 * ("công văn … ngày 27/4/2023" read at a meeting of 28/4).
	 */
	private static Optional<Integer> letterDaysBefore(EventDateMention mention, Hints hints) {
		Integer year = null;
		for (int day = Math.max(1, mention.day() - LETTER_DAYS); day < mention.day(); day++) {
			Integer written = hints.dayYears().get(mention.month() * 100 + day);
			if (written != null && (year == null || written > year)) {
				year = written;
			}
		}
		return Optional.ofNullable(year);
	}

	/**
	 * A date for an event with no day stated at all: only a review's year can suggest
	 * one.
	 */
	public Optional<PartialDate> yearOnly(PartialDate published, Hints hints) {
		if (published != null) {
			return Optional.empty();
		}
		return Optional.ofNullable(hints.reviewedYear()).map((y) -> PartialDate.year(y + 1, true));
	}

	/**
	 * The day found, or none (29/2 in a year without it: no date rather than a wrong
	 * one).
	 */
	private static Optional<PartialDate> day(Optional<LocalDate> date, boolean inferred) {
		return date.map((d) -> PartialDate.day(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), inferred));
	}

}
