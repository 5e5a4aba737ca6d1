package vn.newsarchive.meeting;

import java.time.LocalDate;

import vn.newsarchive.kernel.DatePrecision;
import vn.newsarchive.system.NativeRows;

/** What lists show of a meeting, loaded without its participants. */
public record MeetingSummary(Long id, String title, String kind, String delegation, LocalDate heldOn,
		DatePrecision heldPrecision, boolean heldInferred, String place, String slug) {

	/** JPQL constructor expression over a {@code Meeting m}. */
	public static final String SELECT = "new vn.newsarchive.meeting.MeetingSummary(m.id, m.title, m.kind,"
			+ " m.delegation, m.heldOn, m.heldPrecision, m.heldInferred, m.place, m.slug)";

	/** The same columns in SQL, for native queries over {@code meeting m}. */
	public static final String COLUMNS = "m.id, m.title, m.kind, m.delegation, m.held_on, m.held_precision,"
			+ " m.held_inferred, m.place, m.slug";

	/** The row of a native query selecting {@link #COLUMNS} from column {@code at} on. */
	public static MeetingSummary of(Object[] row, int at) {
		return new MeetingSummary(NativeRows.id(row[at]), (String) row[at + 1], (String) row[at + 2],
				(String) row[at + 3], NativeRows.date(row[at + 4]), NativeRows.precision(row[at + 5]),
				NativeRows.flag(row[at + 6]), (String) row[at + 7], (String) row[at + 8]);
	}

	public static MeetingSummary of(Meeting m) {
		return new MeetingSummary(m.getId(), m.getTitle(), m.getKind(), m.getDelegation(), m.getHeldOn(),
				m.getHeldPrecision(), m.isHeldInferred(), m.getPlace(), m.getSlug());
	}

	public String label() {
		return MeetingAddress.label(this.title, this.delegation, this.kind);
	}

	public String url() {
		return MeetingAddress.of(this.id, this.slug, label());
	}

}
