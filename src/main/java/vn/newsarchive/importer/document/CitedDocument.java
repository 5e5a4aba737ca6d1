package vn.newsarchive.importer.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

import vn.newsarchive.importer.model.DocumentReference;
import vn.newsarchive.resolution.PartyTerms;

/** A document being collected from all the places that cite it. */
final class CitedDocument {

	final String code;

	final DocumentType type;

	final String number;

	final String issuer;

	private long order;

	private final Set<Integer> passages = new LinkedHashSet<>();

	private LocalDate date;

	private String term;

	private String plenum;

	private String title;

	CitedDocument(String code, DocumentType type, String number, String issuer, long order) {
		this.code = code;
		this.type = type;
		this.number = number;
		this.issuer = issuer;
		this.order = order;
	}

	void add(DocumentDetails details, int passage, long order) {
		this.passages.add(passage);
		this.order = Math.min(this.order, order);
		this.date = (this.date != null) ? this.date : details.date();
		this.term = (this.term != null) ? this.term : details.term();
		this.plenum = (this.plenum != null) ? this.plenum : details.plenum();
		this.title = (this.title != null) ? this.title : details.title();
	}

	/**
	 * A passage that cites this document by a short reference ("Kết luận 21"): it says
	 * nothing more about it, nor moves it in the article's order.
	 */
	void cite(int passage) {
		this.passages.add(passage);
	}

	long order() {
		return this.order;
	}

	LocalDate date() {
		return this.date;
	}

	/**
	 * False when a mention's date or term shows another document with the same code:
	 * numbers restart each term, and the same code in two different years is not one
	 * document either (a provincial committee's terms are not known here).
	 */
	boolean agrees(DocumentDetails details) {
		if (this.date != null && details.date() != null && this.date.getYear() != details.date().getYear()) {
			return false;
		}
		String mine = term(this.term, this.date);
		String theirs = term(details.term(), details.date());
		return mine == null || theirs == null || mine.equals(theirs);
	}

	/** The stated term, else the term in force on the date for central documents. */
	private String term(String stated, LocalDate date) {
		if (stated != null || date == null || !"TW".equals(this.issuer)) {
			return stated;
		}
		return PartyTerms.termOn(date);
	}

	DocumentCitation citation() {
		return new DocumentCitation(new DocumentReference(this.code, this.type.kind(), this.number, this.issuer,
				this.date, this.term, this.plenum, this.title), new ArrayList<>(new TreeSet<>(this.passages)));
	}

}
