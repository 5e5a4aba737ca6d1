package vn.newsarchive.importer.document;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.newsarchive.importer.text.ArticleText;
import vn.newsarchive.importer.text.Passage;
import vn.newsarchive.kernel.PartialDate;
import vn.newsarchive.kernel.WordList;

/**
 * Finds the documents an article cites, one entry per document: coded citations first,
 * then numbered references without a code ("Kết luận 21", "Quyết định 209 ngày 26/11/2019
 * của Bộ Chính trị"), which resolve to a coded citation of the same type and number in
 * the article or else become a document with no code. What a citation states after the
 * code wins; what its issuing sentence stated before it ({@link IssuingSentence}) fills
 * the gaps. One code may be two documents ({@link CitedDocuments}). Documents named only
 * ("Nghị quyết Đại hội XIII") are skipped: without a number they cannot be told apart
 * reliably. Thread-safe.
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

	private final NumberedReferences numbered;

	private final IssuingSentence issuing;

	/** Lower-case words that may follow a document's number ("Nghị quyết 26 của ..."). */
	private final Set<String> referenceGoesOn = Set.copyOf(WordList.load("after-document-number.txt").entries());

	public DocumentExtractor() {
		this.types = new DocumentTypes();
		this.codes = new DocumentCodeParser(this.types);
		this.issuing = new IssuingSentence(this.types);
		List<String> partyKinds = this.types.kinds()
			.stream()
			.filter((k) -> this.types.byKind(k).map(DocumentType::resolution).orElse(false))
			.toList();
		this.numbered = new NumberedReferences(partyKinds);
	}

	public DocumentTypes types() {
		return this.types;
	}

	public List<DocumentCitation> extract(ArticleText article) {
		CitedDocuments cited = new CitedDocuments();
		PartialDate published = article.published();
		for (Passage passage : article.passages()) {
			String text = passage.text();
			List<CodedCitation> found = this.codes.find(text);
			for (int i = 0; i < found.size(); i++) {
				CodedCitation code = found.get(i);
				int limit = (i + 1 < found.size()) ? found.get(i + 1).start() : text.length();
				DocumentDetails details = DocumentDetails.read(text, code.end(), limit, published)
					.orStated(this.issuing.read(text, code.start(), code.end(), published));
				cited.coded(code, details, passage.index(), order(passage, code.start()));
			}
		}
		cited.settleUndated();
		for (Passage passage : article.passages()) {
			for (NumberedReferences.Numbered m : this.numbered.find(passage.text())) {
				if (isCount(passage.text(), m)) {
					continue;
				}
				DocumentType type = this.types.byKind(m.kind()).orElseThrow();
				DocumentDetails details = DocumentDetails
					.read(passage.text(), m.end(), passage.text().length(), published)
					.orStated(this.issuing.read(passage.text(), m.start(), m.end(), published));
				cited.numbered(type, m.number(), details, passage.index(), order(passage, m.start()));
				// "Chỉ thị 35, 45", "Nghị quyết 18 và 19": the numbers listed after the
				// first
				Matcher more = MORE_NUMBERS.matcher(passage.text()).region(m.end(), passage.text().length());
				while (more.lookingAt()) {
					cited.numbered(type, more.group(1),
							DocumentDetails.read(passage.text(), more.end(), passage.text().length(), published),
							passage.index(), order(passage, more.start(1)));
					more.region(more.end(), passage.text().length());
				}
			}
		}
		return cited.citations();
	}

	/**
	 * A kind word in lower case is often the verb ("Ban Bí thư quyết định 6 trường hợp",
	 * "quy định 5 nội dung"): without "số", a number followed by a lower-case word that
	 * does not go on a reference counts things and names no document.
	 */
	private boolean isCount(String text, NumberedReferences.Numbered m) {
		if (!Character.isLowerCase(m.kind().charAt(0)) || m.withSo()) {
			return false;
		}
		int at = m.end();
		while (at < text.length() && text.charAt(at) == ' ') {
			at++;
		}
		int wordEnd = at;
		while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
			wordEnd++;
		}
		return wordEnd > at && Character.isLowerCase(text.charAt(at))
				&& !this.referenceGoesOn.contains(text.substring(at, wordEnd));
	}

	private static long order(Passage passage, int offset) {
		return passage.index() * 1_000_000L + offset;
	}

}
