package vn.newsarchive.importer.person;

import java.util.List;

/** Titles read next to a name, and the offset where the reading stopped. */
record TitleChain(List<String> titles, int end) {

}
