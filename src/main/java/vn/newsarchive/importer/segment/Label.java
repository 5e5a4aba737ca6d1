package vn.newsarchive.importer.segment;

/**
 * Something a segmentation pass writes into the draft and a later pass may read: a
 * paragraph's {@link Part}, or one of the other {@link Fact facts} the passes record.
 */
sealed interface Label permits Part, Label.Fact {

	/** What the passes record besides a paragraph's part. */
	enum Fact implements Label {

		/** A paragraph's stated stamp ({@code Paragraph.stamp}, {@code stampPure}). */
		STAMP_DATE,

		/** A crawler's date token ({@code Draft.crawlerDate}). */
		CRAWLER_DATE,

		/** A paragraph comes after a tail header ({@code Paragraph.inTail}). */
		IN_TAIL,

		/**
		 * An ASCII slug glued in front of a paragraph ({@code Paragraph.gluedToSlug}).
		 */
		GLUED_TO_SLUG,

		/** The page's slug line ({@code Draft.slugHint}). */
		SLUG_HINT,

		/** The headline's text ({@code Draft.title}). */
		HEADLINE,

		/** The outlet ({@code Draft.source}). */
		SOURCE_NAME,

		/** The publication date ({@code Draft.published}). */
		PUBLISHED

	}

}
