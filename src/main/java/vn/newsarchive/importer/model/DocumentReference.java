package vn.newsarchive.importer.model;

import java.time.LocalDate;

/**
 * A party or state document cited in the text. {@code code} is the normalised code
 * ("26-NQ/TW", "977/QĐ-TTg") or null when the text gave none; {@code kind} is the
 * Vietnamese kind ("Nghị quyết", "Kết luận", ...); {@code date} is the issuing day or
 * null; {@code term} is the Central Committee term as a Roman numeral ("XII") or null;
 * {@code plenum} e.g. "Hội nghị Trung ương 7"; {@code title} the quoted title or null.
 */
public record DocumentReference(String code, String kind, String number, String issuer, LocalDate date, String term,
		String plenum, String title) {
}
