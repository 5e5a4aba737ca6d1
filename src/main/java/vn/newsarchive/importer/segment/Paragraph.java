package vn.newsarchive.importer.segment;

import java.util.List;

import vn.newsarchive.kernel.PartialDate;

/**
 * One paragraph (a line after hard wraps are rejoined) while the passes decide what it
 * is. Mutable on purpose: it lives only inside one {@link ArticleSegmenter#segment} call.
 */
final class Paragraph {

	String text;

	/** A blank line separated it from the paragraph before. */
	final boolean gapBefore;

	Part part = Part.UNKNOWN;

	/** The photo credit, for captions. */
	String credit;

	/** The authors, for bylines. */
	List<String> authors = List.of();

	/** The stamp this line states, if it is a stamp line. */
	PartialDate stamp;

	boolean stampPure;

	/** An ASCII slug was glued in front of it (related-article links print so). */
	boolean gluedToSlug;

	/** It comes after a tail header such as "Các tin khác". */
	boolean inTail;

	Paragraph(String text, boolean gapBefore) {
		this.text = text;
		this.gapBefore = gapBefore;
	}

	boolean is(Part candidate) {
		return this.part == candidate;
	}

	boolean isUnknown() {
		return this.part == Part.UNKNOWN;
	}

	@Override
	public String toString() {
		return this.part + (this.gapBefore ? " | " : " + ") + this.text;
	}

}
