package vn.newsarchive.importer.segment;

import java.util.Set;

/**
 * One rule of segmentation: looks at the draft and labels some of its paragraphs. Each
 * pass declares the labels it needs earlier passes to have written and those it writes,
 * and {@link PassOrder} refuses an order in which a pass would read a label nobody has
 * written yet.
 */
interface SegmentPass {

	void apply(Draft draft);

	/** Labels this pass reads that earlier passes must have written. */
	Set<Label> reads();

	/** Labels this pass writes. */
	Set<Label> writes();

}
