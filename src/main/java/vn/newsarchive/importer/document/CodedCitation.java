package vn.newsarchive.importer.document;

/** A document code found in a passage, normalised, with where it sits. */
record CodedCitation(String code, DocumentType type, String number, String issuer, int start, int end) {

}
