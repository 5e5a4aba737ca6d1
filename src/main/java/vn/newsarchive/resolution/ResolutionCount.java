package vn.newsarchive.resolution;

import vn.newsarchive.system.Permalinks;
import vn.newsarchive.system.Slugs;

/**
 * A document and how many articles cite it; the term tells apart documents sharing a
 * code.
 */
public record ResolutionCount(Long id, String code, String kind, String number, String term, String slug, Long count) {

	public String label() {
		return Resolution.label(this.code, this.kind, this.number);
	}

	public String url() {
		return Permalinks.of(Permalinks.RESOLUTION, this.id, Slugs.canonical(this.slug, label()));
	}

}
