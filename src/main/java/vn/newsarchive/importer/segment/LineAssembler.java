package vn.newsarchive.importer.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.newsarchive.importer.dateline.DatelineParser;

/**
 * Normalised text to paragraphs. Rejoins lines a scraper broke: in hard-wrapped text
 * (most lines about 70 characters, broken mid-sentence and even inside names) every line
 * that does not end a sentence continues on the next; elsewhere only a long line followed
 * directly by a line starting in lower case (a caption broken in two).
 */
final class LineAssembler {

	private static final int WRAP_MIN = 40;

	private static final int WRAP_MAX = 100;

	private static final int LONG_LINE = 120;

	private static final DatelineParser DATELINES = new DatelineParser();

	private static final Pattern IMAGE_LABEL = Pattern.compile("[ảẢ]nh\\s+\\d{1,2}\\s*[:.]");

	/** The next item of a list: "2. …", "3) …", "- …", "+ …", "• …". */
	private static final Pattern LIST_ITEM = Pattern.compile("(?:\\d{1,2}[.)]|[-+•])\\s");

	private final CaptionParser captions = new CaptionParser();

	List<Paragraph> assemble(String text) {
		String[] lines = text.split("\n", -1);
		boolean hardWrapped = isHardWrapped(lines);
		List<Paragraph> paragraphs = new ArrayList<>();
		StringBuilder current = null;
		boolean currentGap = false;
		boolean gap = false;
		for (String line : lines) {
			if (line.isEmpty()) {
				gap = true;
				continue;
			}
			if (current != null && !gap && continues(current, line, hardWrapped)) {
				current.append(' ').append(line);
				continue;
			}
			if (current != null) {
				paragraphs.add(new Paragraph(current.toString(), currentGap));
			}
			current = new StringBuilder(line);
			currentGap = gap && !paragraphs.isEmpty();
			gap = false;
		}
		if (current != null) {
			paragraphs.add(new Paragraph(current.toString(), currentGap));
		}
		return paragraphs;
	}

	private boolean continues(CharSequence previous, String next, boolean hardWrapped) {
		String before = previous.toString();
		if (SlugLines.isSlugLine(before) || SlugLines.isSlugLine(next) || SlugLines.gluedTextStart(next) >= 0
				|| DATELINES.crawlerDate(next.strip()).isPresent() || IMAGE_LABEL.matcher(next).lookingAt()) {
			// a crawler's "date 2025-11-04" token opens the story's first line: the title
			// above it ends there; "ảnh 2: ..." opens an image's caption
			return false;
		}
		if (hardWrapped) {
			return !TextShape.endsSentence(before) && !this.captions.endsWithCredit(before);
		}
		return before.length() >= WRAP_MIN && TextShape.startsLowerCase(next) && !TextShape.endsClause(before)
				&& !this.captions.endsWithCredit(before);
	}

	/** Most lines are of similar, modest length and break mid-sentence. */
	private boolean isHardWrapped(String[] lines) {
		int nonBlank = 0;
		int wrapped = 0;
		int longLines = 0;
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			if (line.isEmpty() || SlugLines.isSlugLine(line)) {
				continue;
			}
			nonBlank++;
			if (line.length() > LONG_LINE) {
				longLines++;
			}
			boolean followed = i + 1 < lines.length && !lines[i + 1].isEmpty();
			// a line ending in a photo's credit, or followed by a list's next item, was
			// not broken by a scraper: a page of captions or of listed names is no
			// hard-wrapped text (session 19)
			if (followed && line.length() >= WRAP_MIN && line.length() <= WRAP_MAX && !TextShape.endsSentence(line)
					&& !this.captions.endsWithCredit(line) && !LIST_ITEM.matcher(lines[i + 1]).lookingAt()) {
				wrapped++;
			}
		}
		return nonBlank >= 5 && wrapped >= 3 && wrapped * 10 >= nonBlank * 4 && longLines * 10 <= nonBlank;
	}

}
