package vn.newsarchive.meeting;

/**
 * Whether a person led the meeting (chaired, co-chaired, headed the delegation) or took
 * part.
 */
public enum ParticipantRole {

	CHAIR, PARTICIPANT

}
