package vn.newsarchive.importer.decode;

/** The decode stage: the bytes of a scraped file in, its text out. */
public interface Decoder {

	String decode(byte[] bytes, String fileName) throws UnreadableArticleException;

}
