package vn.newsarchive.admin.meeting;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.newsarchive.admin.RecordNotFoundException;
import vn.newsarchive.admin.Versions;
import vn.newsarchive.meeting.Meeting;
import vn.newsarchive.meeting.MeetingRepository;
import vn.newsarchive.system.Pager;

/** The rules for correcting meetings: no save over someone else's newer version. */
@Service
class MeetingEditService {

	private static final int PAGE_SIZE = 30;

	private final MeetingRepository meetings;

	private final MeetingAdminRepository queries;

	MeetingEditService(MeetingRepository meetings, MeetingAdminRepository queries) {
		this.meetings = meetings;
		this.queries = queries;
	}

	@Transactional(readOnly = true)
	Page<MeetingRow> list(String text, int page) {
		PageRequest request = PageRequest.of(Pager.safe(page), PAGE_SIZE,
				Sort.by(Sort.Order.desc("heldOn").nullsLast(), Sort.Order.desc("id")));
		if (text == null || text.isBlank()) {
			return this.queries.findAll(request).map(MeetingRow::of);
		}
		String q = text.strip();
		return this.queries
			.findByTitleContainingIgnoreCaseOrKindContainingIgnoreCaseOrDelegationContainingIgnoreCase(q, q, q, request)
			.map(MeetingRow::of);
	}

	@Transactional(readOnly = true)
	MeetingRow row(long id) {
		return MeetingRow.of(get(id));
	}

	@Transactional(readOnly = true)
	MeetingForm formFor(long id) {
		return MeetingFormAdapter.toForm(get(id));
	}

	@Transactional
	Meeting update(long id, MeetingForm form) {
		Meeting meeting = get(id);
		Versions.check(meeting, form.getVersion());
		MeetingFormAdapter.apply(form, meeting);
		return Versions.flushing(() -> this.meetings.saveAndFlush(meeting));
	}

	private Meeting get(long id) {
		return this.meetings.findById(id).orElseThrow(() -> new RecordNotFoundException("meeting", id));
	}

}
