package vn.newsarchive.person;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import vn.newsarchive.article.ArticlePerson;
import vn.newsarchive.system.AuditedEntity;
import vn.newsarchive.system.Permalinks;
import vn.newsarchive.system.Slugs;

/**
 * One real person, however the articles wrote the name. {@code nameKey} (NFC, lower case,
 * one tone-placement style) is what makes two spellings the same person.
 */
@Entity
@SequenceGenerator(sequenceName = "person_id_seq", allocationSize = 50)
@Table(name = "person")
public class Person extends AuditedEntity {

	@Column(nullable = false)
	private String name;

	@Column(name = "name_key", nullable = false)
	private String nameKey;

	@Column(nullable = false)
	private String slug;

	@ElementCollection
	@CollectionTable(name = "person_alias", joinColumns = @JoinColumn(name = "person_id"))
	@Column(name = "alias", nullable = false)
	private Set<String> aliases = new LinkedHashSet<>();

	/**
	 * Never read by the archive: the search index follows it to reindex the articles that
	 * mention this person when the name or aliases change.
	 */
	@OneToMany(mappedBy = "person")
	private List<ArticlePerson> mentions = new ArrayList<>();

	@OneToMany(mappedBy = "person")
	@OrderBy("asOf ASC NULLS LAST")
	private List<PositionHeld> positions = new ArrayList<>();

	protected Person() {
	}

	public Person(String name, String nameKey, String slug) {
		this.name = name;
		this.nameKey = nameKey;
		this.slug = slug;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getNameKey() {
		return this.nameKey;
	}

	public void setNameKey(String nameKey) {
		this.nameKey = nameKey;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public Set<String> getAliases() {
		return this.aliases;
	}

	public List<PositionHeld> getPositions() {
		return this.positions;
	}

	/** The permalink: {@code /nhan-vat/{id}-{slug}}. */
	public String getUrl() {
		return Permalinks.of(Permalinks.PERSON, getId(), Slugs.canonical(this.slug, this.name));
	}

}
