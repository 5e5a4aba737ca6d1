package vn.newsarchive.resolution;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import vn.newsarchive.article.Article;
import vn.newsarchive.system.AuditedEntity;
import vn.newsarchive.system.Permalinks;
import vn.newsarchive.system.Slugs;

/**
 * A party or state document (resolution, conclusion, decision, directive, ...). Numbers
 * restart each Central Committee term, so the code alone does not identify a document:
 * kind, number, issuer and term (or date) do.
 */
@Entity
@SequenceGenerator(sequenceName = "resolution_id_seq", allocationSize = 50)
@Table(name = "resolution")
public class Resolution extends AuditedEntity {

	@Column(nullable = false)
	private String kind;

	@Column(name = "type_code")
	private String typeCode;

	private String number;

	private String issuer;

	private String code;

	private String term;

	@Column(name = "issued_on")
	private LocalDate issuedOn;

	private String plenum;

	private String title;

	@Column(nullable = false)
	private String slug;

	/**
	 * Never read by the archive: the search index follows it to reindex the articles
	 * citing this document when it is corrected.
	 */
	@ManyToMany(mappedBy = "resolutions")
	private Set<Article> articles = new LinkedHashSet<>();

	protected Resolution() {
	}

	public Resolution(String kind, String typeCode, String number, String issuer, String code) {
		this.kind = kind;
		this.typeCode = typeCode;
		this.number = number;
		this.issuer = issuer;
		this.code = code;
	}

	/**
	 * The code when there is one, else the kind and number as a reader would say them.
	 */
	public String getLabel() {
		return label(this.code, this.kind, this.number);
	}

	/**
	 * What a page is headed by: the kind and the code ("Kết luận 21-KL/TW"), or the kind
	 * and number of a document known by no code ("Kết luận 21"), never the kind twice.
	 */
	public String getHeading() {
		return (this.code != null) ? this.kind + " " + this.code : getLabel();
	}

	/** The issuer spelled out ("Ban Chấp hành Trung ương" for "TW"). */
	public String getIssuerName() {
		return IssuerNames.of(this.issuer);
	}

	public static String label(String code, String kind, String number) {
		if (code != null) {
			return code;
		}
		return (number != null) ? kind + " " + number : kind;
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getTypeCode() {
		return this.typeCode;
	}

	public void setTypeCode(String typeCode) {
		this.typeCode = typeCode;
	}

	public String getNumber() {
		return this.number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public String getIssuer() {
		return this.issuer;
	}

	public void setIssuer(String issuer) {
		this.issuer = issuer;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getTerm() {
		return this.term;
	}

	public void setTerm(String term) {
		this.term = term;
	}

	public LocalDate getIssuedOn() {
		return this.issuedOn;
	}

	public void setIssuedOn(LocalDate issuedOn) {
		this.issuedOn = issuedOn;
	}

	public String getPlenum() {
		return this.plenum;
	}

	public void setPlenum(String plenum) {
		this.plenum = plenum;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	/** The permalink: {@code /van-kien/{id}-{slug}}. */
	public String getUrl() {
		return Permalinks.of(Permalinks.RESOLUTION, getId(), Slugs.canonical(this.slug, getLabel()));
	}

}
