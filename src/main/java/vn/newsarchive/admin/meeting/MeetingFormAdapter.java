package vn.newsarchive.admin.meeting;

import vn.newsarchive.admin.DateInput;
import vn.newsarchive.admin.DateValue;
import vn.newsarchive.admin.EditorText;
import vn.newsarchive.meeting.Meeting;
import vn.newsarchive.system.Slugs;

/** Copies between the meeting form and the entity. */
final class MeetingFormAdapter {

	private MeetingFormAdapter() {
	}

	static MeetingForm toForm(Meeting meeting) {
		MeetingForm form = new MeetingForm();
		form.setKind(meeting.getKind());
		form.setTitle(meeting.getTitle());
		form.setHeld(DateInput.of((meeting.getHeldOn() != null) ? meeting.getHeldOn().atStartOfDay() : null,
				meeting.getHeldPrecision(), meeting.isHeldInferred()));
		form.setPlace(meeting.getPlace());
		form.setOrganizer(meeting.getOrganizer());
		form.setDelegation(meeting.getDelegation());
		form.setDelegationNumber(meeting.getDelegationNumber());
		form.setVersion(meeting.getVersion());
		return form;
	}

	static void apply(MeetingForm form, Meeting meeting) {
		meeting.setKind(EditorText.clean(form.getKind()));
		meeting.setTitle(EditorText.clean(form.getTitle()));
		DateValue held = form.getHeld().toValue();
		if (held != null) {
			meeting.setHeld(held.startDate(), held.precision(), held.inferred());
		}
		else {
			meeting.setHeld(null, null, false);
		}
		meeting.setPlace(EditorText.clean(form.getPlace()));
		meeting.setOrganizer(EditorText.clean(form.getOrganizer()));
		meeting.setDelegation(EditorText.clean(form.getDelegation()));
		meeting.setDelegationNumber(EditorText.clean(form.getDelegationNumber()));
		// as the importer names meetings: by what a reader calls them
		meeting.setSlug(Slugs.of(meeting.getLabel()));
	}

}
