package vn.newsarchive.importer.segment;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/** What a paragraph of a scraped page turned out to be. */
enum Part implements Label {

	UNKNOWN, CHROME, STAMP, TITLE, LEAD, SOURCE, RELATED_HEADER, TAIL_HEADER, RELATED, TEASER, SLUG, CAPTION, ALT_TEXT,
	BYLINE, BYLINE_TITLE, DUPLICATE, BODY;

	/**
	 * Parts that are not this article's story and that the tail or a teaser may follow.
	 */
	boolean isNoise() {
		return this == CHROME || this == STAMP || this == SLUG || this == RELATED || this == TEASER
				|| this == RELATED_HEADER || this == TAIL_HEADER || this == DUPLICATE || this == SOURCE
				|| this == BYLINE || this == BYLINE_TITLE || this == ALT_TEXT;
	}

	/** The noise parts and {@code more}: what a pass that asks {@link #isNoise} reads. */
	static Set<Label> noiseAnd(Label... more) {
		Set<Label> labels = new HashSet<>(Arrays.asList(more));
		Arrays.stream(values()).filter(Part::isNoise).forEach(labels::add);
		return Set.copyOf(labels);
	}

}
