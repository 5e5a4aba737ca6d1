package vn.newsarchive.importer.person;

/** A candidate personal name found in a passage: its text and where it sits. */
record NameSpan(String name, int start, int end, int syllables) {

}
