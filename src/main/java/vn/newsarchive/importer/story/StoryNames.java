package vn.newsarchive.importer.story;

import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.LongStream;

import vn.newsarchive.importer.model.DocumentReference;
import vn.newsarchive.importer.model.ExtractedArticle;
import vn.newsarchive.importer.model.PersonMention;
import vn.newsarchive.kernel.VietnameseText;

/**
 * Whom and which coded documents a story names, as hashes of their folded spellings. Text
 * alone cannot tell a copy from another article written from the same template: two
 * agency reports "Đảng ủy Khối quán triệt Nghị quyết số …" share 80 % of their shingles
 * and differ only in the document and the people. A copy names the same ones, so two
 * articles that both name people, or both cite coded documents, and share none of them
 * are not one story. Folded, so that a lost accent ("Phạm Binh Minh") in one copy never
 * parts it from the other.
 *
 * @param persons the hashes of the persons' folded names, sorted
 * @param documents the hashes of the coded documents' folded codes, sorted
 */
public record StoryNames(long[] persons, long[] documents) {

	/** Names not known (an article stored before they were kept): never contradicts. */
	public static final StoryNames UNKNOWN = new StoryNames(new long[0], new long[0]);

	public StoryNames {
		persons = persons.clone();
		documents = documents.clone();
	}

	public static StoryNames of(ExtractedArticle article) {
		return new StoryNames(hashes(article.persons().stream().map(PersonMention::name).toList()),
				hashes(article.resolutions().stream().map(DocumentReference::code).filter(Objects::nonNull).toList()));
	}

	/** From stored names: the persons' names and the documents' codes. */
	public static StoryNames of(Collection<String> persons, Collection<String> documentCodes) {
		return new StoryNames(hashes(persons), hashes(documentCodes));
	}

	/** Whether the two name people, or coded documents, and share none of them. */
	public boolean contradicts(StoryNames other) {
		return disjoint(this.persons, other.persons) || disjoint(this.documents, other.documents);
	}

	@Override
	public long[] persons() {
		return this.persons.clone();
	}

	@Override
	public long[] documents() {
		return this.documents.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof StoryNames that && Arrays.equals(this.persons, that.persons)
				&& Arrays.equals(this.documents, that.documents);
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(this.persons) + Arrays.hashCode(this.documents);
	}

	@Override
	public String toString() {
		return "StoryNames[persons=" + this.persons.length + ", documents=" + this.documents.length + "]";
	}

	private static long[] hashes(Collection<String> names) {
		return names.stream()
			.filter((name) -> name != null && !name.isBlank())
			.mapToLong((name) -> Hashes.of(VietnameseText.foldedLowerCollapsed(VietnameseText.nfc(name))))
			.sorted()
			.distinct()
			.toArray();
	}

	/** Both non-empty and without a common element (both sorted). */
	private static boolean disjoint(long[] a, long[] b) {
		if (a.length == 0 || b.length == 0) {
			return false;
		}
		return LongStream.of(a).noneMatch((value) -> Arrays.binarySearch(b, value) >= 0);
	}

}
