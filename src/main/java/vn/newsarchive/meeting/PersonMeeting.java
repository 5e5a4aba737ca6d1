package vn.newsarchive.meeting;

/** A meeting a person led or attended. */
public record PersonMeeting(MeetingSummary meeting, ParticipantRole role) {

}
