package vn.newsarchive.importer.person;

import java.util.List;

/**
 * One mention of a person in one passage: the name as written, its dedupe key, the titles
 * given at this mention, and offsets (name start and end, end of the title chain after
 * it).
 */
public record PersonOccurrence(String name, String key, List<String> titles, int passage, int start, int end,
		int chainEnd) {

}
