package vn.newsarchive.admin.article;

import java.time.LocalDate;

import vn.newsarchive.importer.model.DocumentReference;

/**
 * A cited document in the preview, every part of the importer's reference carried in
 * hidden fields, and whether the editor removed it.
 */
public class DraftDocument {

	private String code;

	private String kind;

	private String number;

	private String issuer;

	private String date;

	private String term;

	private String plenum;

	private String title;

	private boolean removed;

	public DraftDocument() {
	}

	static DraftDocument of(DocumentReference reference) {
		DraftDocument document = new DraftDocument();
		document.code = reference.code();
		document.kind = reference.kind();
		document.number = reference.number();
		document.issuer = reference.issuer();
		document.date = (reference.date() != null) ? reference.date().toString() : null;
		document.term = reference.term();
		document.plenum = reference.plenum();
		document.title = reference.title();
		return document;
	}

	DocumentReference toReference() {
		return new DocumentReference(blankAsNull(this.code), blankAsNull(this.kind), blankAsNull(this.number),
				blankAsNull(this.issuer), (blankAsNull(this.date) != null) ? LocalDate.parse(this.date) : null,
				blankAsNull(this.term), blankAsNull(this.plenum), blankAsNull(this.title));
	}

	/**
	 * How a meeting names it: by code, else by kind and number (as the importer does).
	 */
	String key() {
		return (blankAsNull(this.code) != null) ? this.code : this.kind + " " + this.number;
	}

	private static String blankAsNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
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

	public String getDate() {
		return this.date;
	}

	public void setDate(String date) {
		this.date = date;
	}

	public String getTerm() {
		return this.term;
	}

	public void setTerm(String term) {
		this.term = term;
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

	public boolean isRemoved() {
		return this.removed;
	}

	public void setRemoved(boolean removed) {
		this.removed = removed;
	}

}
