package vn.newsarchive.importer.text;

/** The clean stage: decoded text in, text the segmenter can rely on out. */
public interface Normaliser {

	String normalise(String text);

}
