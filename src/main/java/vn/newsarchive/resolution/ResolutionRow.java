package vn.newsarchive.resolution;

import java.time.LocalDate;

import vn.newsarchive.system.Permalinks;
import vn.newsarchive.system.Slugs;

/**
 * A line of the documents index. {@code sameCode} counts the documents with this code, so
 * the index can say when a code belongs to more than one term.
 */
public record ResolutionRow(Long id, String code, String kind, String number, String issuer, String term,
		LocalDate issuedOn, String title, String slug, Long articleCount, Long sameCode) {

	public String label() {
		return Resolution.label(this.code, this.kind, this.number);
	}

	public boolean isCodeShared() {
		return this.sameCode != null && this.sameCode > 1;
	}

	public String url() {
		return Permalinks.of(Permalinks.RESOLUTION, this.id, Slugs.canonical(this.slug, label()));
	}

}
