package vn.newsarchive.importer.segment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline links to other articles: {@code [Title]}, {@code >> Title},
 * {@code Xem thêm: Title}. Their titles are related titles, not body.
 */
final class LinkPass implements SegmentPass {

	private static final Pattern LINK = Pattern.compile(
			"^(?:\\[(?<bracketed>[^\\[\\]]{8,250})\\]|(?:>>|»|>|(?:xem thêm|đọc thêm|xem tiếp|mời xem)\\s*[:：>]+)\\s*(?<marked>.{8,250}))$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	@Override
	public void apply(Draft draft) {
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
		}
	}

}
