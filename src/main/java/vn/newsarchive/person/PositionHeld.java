package vn.newsarchive.person;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import vn.newsarchive.article.Article;
import vn.newsarchive.kernel.DatePrecision;
import vn.newsarchive.system.AuditedEntity;

/**
 * A title chain a person held as of a date, backed by the article that states it. Titles
 * change over time, so the person page shows these as a timeline.
 */
@Entity
@SequenceGenerator(sequenceName = "position_held_id_seq", allocationSize = 50)
@Table(name = "position_held")
public class PositionHeld extends AuditedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "person_id")
	private Person person;

	@Column(nullable = false)
	private String title;

	@Column(name = "as_of")
	private LocalDate asOf;

	@Enumerated(EnumType.STRING)
	@Column(name = "as_of_precision")
	private DatePrecision asOfPrecision;

	@Column(name = "as_of_inferred", nullable = false)
	private boolean asOfInferred;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "article_id")
	private Article article;

	protected PositionHeld() {
	}

	public PositionHeld(Person person, String title, Article article) {
		this.person = person;
		this.title = title;
		this.article = article;
	}

	public Person getPerson() {
		return this.person;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public LocalDate getAsOf() {
		return this.asOf;
	}

	public DatePrecision getAsOfPrecision() {
		return this.asOfPrecision;
	}

	public boolean isAsOfInferred() {
		return this.asOfInferred;
	}

	public void setAsOf(LocalDate asOf, DatePrecision precision, boolean inferred) {
		this.asOf = asOf;
		this.asOfPrecision = (asOf != null) ? precision : null;
		this.asOfInferred = asOf != null && inferred;
	}

	public Article getArticle() {
		return this.article;
	}

	public void setArticle(Article article) {
		this.article = article;
	}

	/** Moves the position to another person, as when two persons are merged. */
	public void setPerson(Person person) {
		this.person = person;
	}

}
