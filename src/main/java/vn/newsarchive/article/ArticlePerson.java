package vn.newsarchive.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import vn.newsarchive.person.Person;

/** A person mentioned in an article, with the title chain that article gives them. */
@Entity
@Table(name = "article_person")
public class ArticlePerson {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	@SequenceGenerator(sequenceName = "article_person_id_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "article_id")
	private Article article;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "person_id")
	private Person person;

	/** The titles as the article gives them, joined by ", ". */
	private String titles;

	@Column(name = "mention_order", nullable = false)
	private int mentionOrder;

	protected ArticlePerson() {
	}

	public ArticlePerson(Article article, Person person, String titles, int mentionOrder) {
		this.article = article;
		this.person = person;
		this.titles = titles;
		this.mentionOrder = mentionOrder;
	}

	public Long getId() {
		return this.id;
	}

	public Article getArticle() {
		return this.article;
	}

	public Person getPerson() {
		return this.person;
	}

	/** Moves the mention to another person, as when two persons are merged. */
	public void setPerson(Person person) {
		this.person = person;
	}

	public String getTitles() {
		return this.titles;
	}

	public void setTitles(String titles) {
		this.titles = titles;
	}

	public int getMentionOrder() {
		return this.mentionOrder;
	}

}
