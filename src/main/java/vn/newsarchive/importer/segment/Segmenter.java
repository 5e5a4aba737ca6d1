package vn.newsarchive.importer.segment;

import vn.newsarchive.importer.model.SegmentedArticle;

/** The segment stage: normalised text in, the article's parts out. */
public interface Segmenter {

	SegmentedArticle segment(String normalisedText);

}
