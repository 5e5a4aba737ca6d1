package vn.newsarchive.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import vn.newsarchive.person.Person;

/** A person who chaired or took part in a meeting. */
@Entity
@Table(name = "meeting_participant")
public class MeetingParticipant {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	@SequenceGenerator(sequenceName = "meeting_participant_id_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "meeting_id")
	private Meeting meeting;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "person_id")
	private Person person;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ParticipantRole role;

	protected MeetingParticipant() {
	}

	public MeetingParticipant(Meeting meeting, Person person, ParticipantRole role) {
		this.meeting = meeting;
		this.person = person;
		this.role = role;
	}

	public Long getId() {
		return this.id;
	}

	public Meeting getMeeting() {
		return this.meeting;
	}

	public Person getPerson() {
		return this.person;
	}

	/** Moves the participation to another person, as when two persons are merged. */
	public void setPerson(Person person) {
		this.person = person;
	}

	public ParticipantRole getRole() {
		return this.role;
	}

	public void setRole(ParticipantRole role) {
		this.role = role;
	}

}
