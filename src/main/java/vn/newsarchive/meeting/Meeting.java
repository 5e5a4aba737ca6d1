package vn.newsarchive.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import vn.newsarchive.article.Article;
import vn.newsarchive.kernel.DatePrecision;
import vn.newsarchive.resolution.Resolution;
import vn.newsarchive.system.AuditedEntity;

/** An event an article reports: a conference, a working session, an inspection. */
@Entity
@SequenceGenerator(sequenceName = "meeting_id_seq", allocationSize = 50)
@Table(name = "meeting")
public class Meeting extends AuditedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "article_id")
	private Article article;

	private String kind;

	private String title;

	@Column(name = "held_on")
	private LocalDate heldOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "held_precision")
	private DatePrecision heldPrecision;

	@Column(name = "held_inferred", nullable = false)
	private boolean heldInferred;

	private String place;

	private String organizer;

	private String delegation;

	@Column(name = "delegation_number")
	private String delegationNumber;

	@Column(nullable = false)
	private String slug;

	@OneToMany(mappedBy = "meeting")
	private List<MeetingParticipant> participants = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "meeting_resolution", joinColumns = @JoinColumn(name = "meeting_id"),
			inverseJoinColumns = @JoinColumn(name = "resolution_id"))
	private Set<Resolution> resolutions = new LinkedHashSet<>();

	/**
	 * The other articles that report this meeting (another site's copy of the story,
	 * another report of the same event); {@link #getArticle()} is the first.
	 */
	@ManyToMany
	@JoinTable(name = "meeting_article", joinColumns = @JoinColumn(name = "meeting_id"),
			inverseJoinColumns = @JoinColumn(name = "article_id"))
	private Set<Article> alsoReportedBy = new LinkedHashSet<>();

	protected Meeting() {
	}

	public Meeting(Article article, String kind, String title) {
		this.article = article;
		this.kind = kind;
		this.title = title;
	}

	/** What a reader calls it: its title, else its kind, else its delegation. */
	public String getLabel() {
		return MeetingAddress.label(this.title, this.delegation, this.kind);
	}

	public Article getArticle() {
		return this.article;
	}

	/**
	 * Its first report was deleted: the next report becomes the first, and the meeting
	 * stays (it was deleted with it, though other articles reported it too).
	 */
	public void reportedFirstBy(Article next) {
		this.article = next;
	}

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

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public DatePrecision getHeldPrecision() {
		return this.heldPrecision;
	}

	public boolean isHeldInferred() {
		return this.heldInferred;
	}

	public void setHeld(LocalDate on, DatePrecision precision, boolean inferred) {
		this.heldOn = on;
		this.heldPrecision = (on != null) ? precision : null;
		this.heldInferred = on != null && inferred;
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

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public List<MeetingParticipant> getParticipants() {
		return this.participants;
	}

	public Set<Article> getAlsoReportedBy() {
		return this.alsoReportedBy;
	}

	public Set<Resolution> getResolutions() {
		return this.resolutions;
	}

	/** The permalink: {@code /su-kien/{id}-{slug}}. */
	public String getUrl() {
		return MeetingAddress.of(getId(), this.slug, getLabel());
	}

}
