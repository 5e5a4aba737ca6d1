package vn.newsarchive.importer.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.newsarchive.importer.model.DocumentReference;
import vn.newsarchive.importer.model.PartialDate;
import vn.newsarchive.importer.text.ArticleText;
import vn.newsarchive.importer.text.Passage;
import vn.newsarchive.importer.text.WordList;

/**
 * Finds the documents an article cites, one entry per document: coded citations first,
 * then numbered references without a code ("Kết luận 21", "Quyết định 209 ngày 26/11/2019
 * của Bộ Chính trị"), which resolve to a coded citation of the same type and number in
 * the article or else become a document with no code. Documents named only ("Nghị quyết
 * Đại hội XIII") are skipped: without a number they cannot be told apart reliably.
 * Thread-safe.
 */
public final class DocumentExtractor {

	private final DocumentTypes types;

	private final DocumentCodeParser codes;

	/**
	 * One more number in a list after a numbered reference ({@code , 45},
	 * {@code và số 19}), followed by what ends a list item (punctuation, {@code và},
	 * {@code của}, {@code về}, {@code ngày}, the end), so a count ({@code , 2 cơ quan},
	 * {@code , 10 năm}) is not read as a document.
	 */
	private static final Pattern MORE_NUMBERS = Pattern.compile(
			"\\s*(?:,|và)\\s*(?:số\\s+)?(\\d{1,4})(?=\\s*(?:[,.;:)]|$|(?:và|của|về|ngày)(?![\\p{L}])))",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private final Pattern numbered;

	public DocumentExtractor() {
		this.types = new DocumentTypes();
		this.codes = new DocumentCodeParser(this.types);
		List<String> partyKinds = this.types.kinds()
			.stream()
			.filter((k) -> this.types.byKind(k).map(DocumentType::resolution).orElse(false))
			.toList();
		this.numbered = Pattern.compile(
				"(?<![\\p{L}])(" + WordList.of(partyKinds).alternation()
						+ ")\\s+(?:số\\s+)?(\\d{1,4})(?![\\d\\p{L}/\\-–])",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	public DocumentTypes types() {
		return this.types;
	}

	public List<DocumentCitation> extract(ArticleText article) {
		Map<String, Cited> cited = new LinkedHashMap<>();
		PartialDate published = article.published();
		for (Passage passage : article.passages()) {
			String text = passage.text();
			List<CodedCitation> found = this.codes.find(text);
			for (int i = 0; i < found.size(); i++) {
				CodedCitation code = found.get(i);
				int limit = (i + 1 < found.size()) ? found.get(i + 1).start() : text.length();
				DocumentDetails details = DocumentDetails.read(text, code.end(), limit, published);
				cited
					.computeIfAbsent(code.code(),
							(k) -> new Cited(code.code(), code.type(), code.number(), code.issuer(),
									order(passage, code.start())))
					.add(details, passage.index());
			}
		}
		for (Passage passage : article.passages()) {
			Matcher m = this.numbered.matcher(passage.text());
			while (m.find()) {
				DocumentType type = this.types.byKind(m.group(1)).orElseThrow();
				citeNumbered(cited, passage, type, m.group(2), m.start(), m.end(), published);
				// "Chỉ thị 35, 45", "Nghị quyết 18 và 19": the numbers listed after the
				// first
				Matcher more = MORE_NUMBERS.matcher(passage.text()).region(m.end(), passage.text().length());
				while (more.lookingAt()) {
					citeNumbered(cited, passage, type, more.group(1), more.start(1), more.end(), published);
					more.region(more.end(), passage.text().length());
				}
			}
		}
		return cited.values()
			.stream()
			.sorted(Comparator.comparingLong((Cited c) -> c.order))
			.map(Cited::citation)
			.toList();
	}

	/**
	 * A document cited by kind and number: the coded one of the article with that kind
	 * and number when there is one, else a document of its own (with no invented code).
	 */
	private static void citeNumbered(Map<String, Cited> cited, Passage passage, DocumentType type, String number,
			int start, int end, PartialDate published) {
		Optional<Cited> coded = cited.values()
			.stream()
			.filter((c) -> c.code != null && c.type.equals(type) && c.number.equals(number))
			.findFirst();
		if (coded.isPresent()) {
			coded.get().passages.add(passage.index());
			return;
		}
		DocumentDetails details = DocumentDetails.read(passage.text(), end, passage.text().length(), published);
		cited
			.computeIfAbsent(type.code() + " " + number,
					(k) -> new Cited(null, type, number, details.body(), order(passage, start)))
			.add(details, passage.index());
	}

	private static long order(Passage passage, int offset) {
		return passage.index() * 1_000_000L + offset;
	}

	/** A document being collected from all the places that cite it. */
	private static final class Cited {

		final String code;

		final DocumentType type;

		final String number;

		final String issuer;

		final long order;

		final Set<Integer> passages = new LinkedHashSet<>();

		String date;

		String term;

		String plenum;

		String title;

		Cited(String code, DocumentType type, String number, String issuer, long order) {
			this.code = code;
			this.type = type;
			this.number = number;
			this.issuer = issuer;
			this.order = order;
		}

		void add(DocumentDetails details, int passage) {
			this.passages.add(passage);
			this.date = (this.date != null) ? this.date : details.date();
			this.term = (this.term != null) ? this.term : details.term();
			this.plenum = (this.plenum != null) ? this.plenum : details.plenum();
			this.title = (this.title != null) ? this.title : details.title();
		}

		DocumentCitation citation() {
			return new DocumentCitation(new DocumentReference(this.code, this.type.kind(), this.number, this.issuer,
					this.date, this.term, this.plenum, this.title), new ArrayList<>(new TreeSet<>(this.passages)));
		}

	}

}
