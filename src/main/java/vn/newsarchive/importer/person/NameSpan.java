package vn.newsarchive.importer.person;

/**
 * A candidate personal name found in a passage: its text and where it sits.
 * {@code needsContext}: it starts with a family name that is also a word or a given name
 * ("Phó", "Quang", "Văn"), so it counts only next to an honorific or a title, however
 * long it is.
 */
record NameSpan(String name, int start, int end, int syllables, boolean needsContext) {

	/** Sure of itself: three or four syllables after an unambiguous family name. */
	boolean isSure() {
		return this.syllables >= 3 && !this.needsContext;
	}

}
