package vn.newsarchive.meeting;

import java.time.LocalDate;

import vn.newsarchive.importer.model.DatePrecision;
import vn.newsarchive.system.Permalinks;
import vn.newsarchive.system.Slugs;

/** What lists show of a meeting, loaded without its participants. */
public record MeetingSummary(Long id, String title, String kind, String delegation, LocalDate heldOn,
		DatePrecision heldPrecision, boolean heldInferred, String place, String slug) {

	/** JPQL constructor expression over a {@code Meeting m}. */
	public static final String SELECT = "new vn.newsarchive.meeting.MeetingSummary(m.id, m.title, m.kind,"
			+ " m.delegation, m.heldOn, m.heldPrecision, m.heldInferred, m.place, m.slug)";

	public static MeetingSummary of(Meeting m) {
		return new MeetingSummary(m.getId(), m.getTitle(), m.getKind(), m.getDelegation(), m.getHeldOn(),
				m.getHeldPrecision(), m.isHeldInferred(), m.getPlace(), m.getSlug());
	}

	public String label() {
		return Meeting.label(this.title, this.delegation, this.kind);
	}

	public String url() {
		return Permalinks.of(Permalinks.MEETING, this.id, Slugs.canonical(this.slug, label()));
	}

}
