package vn.newsarchive.bench;

import java.time.LocalDate;

/**
 * A party document of the synthetic corpus. Numbers restart each term, so the same code
 * belongs to several documents, told apart by term and date.
 */
record SyntheticDocument(long id, String kind, String typeCode, String number, String issuer, String term,
		LocalDate issuedOn, String title) {

	String code() {
		return this.number + "-" + this.typeCode + "/" + this.issuer;
	}

	/** How an article cites it the first time. */
	String fullReference() {
		String body = this.typeCode.equals("NQ") ? "Ban Chấp hành Trung ương"
				: (Integer.parseInt(this.number) % 2 == 0) ? "Bộ Chính trị" : "Ban Bí thư";
		return this.kind + " số " + code() + " ngày " + this.issuedOn.getDayOfMonth() + "/"
				+ this.issuedOn.getMonthValue() + "/" + this.issuedOn.getYear() + " của " + body + " khóa " + this.term;
	}

	/** How an article refers to it again later: {@code Kết luận 21}. */
	String shortReference() {
		return this.kind + " " + Integer.parseInt(this.number);
	}

}
