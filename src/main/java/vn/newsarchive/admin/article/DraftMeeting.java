package vn.newsarchive.admin.article;

import vn.newsarchive.admin.meeting.MeetingForm;

/**
 * The meeting the article reports, as the preview form carries it: the fields (and
 * checks) of the meeting form, plus the names of its chairs and participants and the
 * documents it was about, one per line, and whether the editor removed it.
 */
public class DraftMeeting extends MeetingForm {

	private String chairs;

	private String participants;

	private String resolutions;

	private boolean removed;

	public String getChairs() {
		return this.chairs;
	}

	public void setChairs(String chairs) {
		this.chairs = chairs;
	}

	public String getParticipants() {
		return this.participants;
	}

	public void setParticipants(String participants) {
		this.participants = participants;
	}

	public String getResolutions() {
		return this.resolutions;
	}

	public void setResolutions(String resolutions) {
		this.resolutions = resolutions;
	}

	public boolean isRemoved() {
		return this.removed;
	}

	public void setRemoved(boolean removed) {
		this.removed = removed;
	}

}
