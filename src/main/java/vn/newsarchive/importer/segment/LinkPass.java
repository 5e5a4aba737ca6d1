package vn.newsarchive.importer.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.newsarchive.kernel.WordList;

/**
 * Inline links to other articles: {@code [Title]}, {@code >> Title},
 * {@code Xem thêm: Title}, and bulleted headlines ({@code * Title}, {@code - Title}).
 * Their titles are related titles, not body.
 */
final class LinkPass implements SegmentPass {

	private static final Pattern LINK = Pattern
		.compile(
				"^(?:\\[(?<bracketed>[^\\[\\]]{8,250})\\]|(?:>>|»|>|"
						+ WordList.load("more-link-labels.txt").alternation() + "\\s*[:：>]+)\\s*(?<marked>.{8,250}))$",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern LEGAL_ITEM = Pattern.compile("căn cứ\\s",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern BULLET = Pattern.compile("^[*+•\\-–]\\s+(?<title>.{8,250})$");

	@Override
	public Set<Label> reads() {
		return Set.of();
	}

	@Override
	public Set<Label> writes() {
		return Set.of(Part.RELATED);
	}

	@Override
	public void apply(Draft draft) {
		// decide on every bulleted line before stripping any marker: a line's neighbours
		// tell whether it is a list item
		List<Paragraph> headlines = new ArrayList<>();
		for (int i = 0; i < draft.size(); i++) {
			if (draft.get(i).isUnknown() && isBulletedHeadline(draft, i)) {
				headlines.add(draft.get(i));
			}
		}
		for (Paragraph paragraph : draft.paragraphs) {
			if (!paragraph.isUnknown()) {
				continue;
			}
			Matcher matcher = LINK.matcher(paragraph.text);
			if (matcher.matches()) {
				String title = (matcher.group("bracketed") != null) ? matcher.group("bracketed")
						: matcher.group("marked");
				paragraph.text = title.strip();
				paragraph.part = Part.RELATED;
			}
			else if (headlines.contains(paragraph)) {
				paragraph.text = paragraph.text.substring(1).strip();
				paragraph.part = Part.RELATED;
			}
		}
	}

	/**
	 * A bulleted line shaped like a headline ("- Thủ tướng chủ trì phiên họp Chính phủ"),
	 * unless it is an item of a list the body introduced with a colon ("... như sau:"),
	 * which has two or more items with the same marker. A lone bullet after a colon is a
	 * link ("* Toàn văn phát biểu ...").
	 */
	private static boolean isBulletedHeadline(Draft draft, int index) {
		Matcher bullet = BULLET.matcher(draft.get(index).text);
		if (!bullet.matches() || !TextShape.isTitleLike(bullet.group("title").strip())) {
			return false;
		}
		String title = bullet.group("title");
		if (LEGAL_ITEM.matcher(title).lookingAt()) {
			// "- Căn cứ Điều lệ Đảng, Quy định số 24-QĐ/TW ...": a document's preamble
			return false;
		}
		if (title.equals(title.toUpperCase(Locale.ROOT))) {
			// an upper-case label ("- TỶ GIÁ NGOẠI TỆ") names a page widget, not a story
			return false;
		}
		int first = index;
		while (first > 0 && BULLET.matcher(draft.get(first - 1).text).matches()) {
			first--;
		}
		int last = index;
		while (last + 1 < draft.size() && BULLET.matcher(draft.get(last + 1).text).matches()) {
			last++;
		}
		char marker = draft.get(index).text.charAt(0);
		long sameMarker = draft.paragraphs.subList(first, last + 1)
			.stream()
			.filter((p) -> p.text.charAt(0) == marker)
			.count();
		boolean introduced = first > 0 && draft.get(first - 1).text.endsWith(":");
		return !(introduced && sameMarker >= 2);
	}

}
