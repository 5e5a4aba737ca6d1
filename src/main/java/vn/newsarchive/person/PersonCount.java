package vn.newsarchive.person;

import vn.newsarchive.system.Permalinks;
import vn.newsarchive.system.Slugs;

/** A person and how many articles (or shared articles) count for them. */
public record PersonCount(Long id, String name, String slug, Long count) {

	public String url() {
		return Permalinks.of(Permalinks.PERSON, this.id, Slugs.canonical(this.slug, this.name));
	}

}
