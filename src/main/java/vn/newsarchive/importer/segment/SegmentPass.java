package vn.newsarchive.importer.segment;

/** One rule of segmentation: looks at the draft and labels some of its paragraphs. */
interface SegmentPass {

	void apply(Draft draft);

}
