package vn.newsarchive.admin.meeting;

import jakarta.validation.constraints.Size;

import vn.newsarchive.admin.DateInput;
import vn.newsarchive.admin.ValidDateInput;

/** What the meeting form edits; a meeting always belongs to the article reporting it. */
public class MeetingForm {

	@Size(max = 120, message = "{admin.meeting.kind.size}")
	private String kind;

	private String title;

	@ValidDateInput
	private DateInput held = new DateInput();

	@Size(max = 300, message = "{admin.meeting.place.size}")
	private String place;

	@Size(max = 300, message = "{admin.meeting.organizer.size}")
	private String organizer;

	@Size(max = 300, message = "{admin.meeting.delegation.size}")
	private String delegation;

	@Size(max = 20, message = "{admin.meeting.delegationNumber.size}")
	private String delegationNumber;

	private Long version;

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public DateInput getHeld() {
		return this.held;
	}

	public void setHeld(DateInput held) {
		this.held = held;
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getOrganizer() {
		return this.organizer;
	}

	public void setOrganizer(String organizer) {
		this.organizer = organizer;
	}

	public String getDelegation() {
		return this.delegation;
	}

	public void setDelegation(String delegation) {
		this.delegation = delegation;
	}

	public String getDelegationNumber() {
		return this.delegationNumber;
	}

	public void setDelegationNumber(String delegationNumber) {
		this.delegationNumber = delegationNumber;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
