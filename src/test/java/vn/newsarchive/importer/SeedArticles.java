package vn.newsarchive.importer;

import java.util.List;
import java.util.stream.IntStream;

import vn.newsarchive.importer.model.SegmentedArticle;
import vn.newsarchive.kernel.PartialDate;

/**
 * The five seeds segmented by hand (line numbers as in an editor), the way the segmenter
 * is meant to: chrome, slugs, related titles, teasers and credits left out.
 */
final class SeedArticles {

	private SeedArticles() {
	}

	static SegmentedArticle seed000() {
		List<String> l = Fixtures.seedLines("000_c2fa52de5c97c5b3.txt");
		return Fixtures.article(line(l, 1), untagged(line(l, 5)), PartialDate.minute(2019, 11, 6, 19, 27, false),
				lines(l, 13, 15, 17, 19, 24, 26, 31, 33), captions(l, 11, 22, 29));
	}

	static SegmentedArticle seed001() {
		List<String> l = Fixtures.seedLines("001_6353a3c6be2fbff5.txt");
		return Fixtures.article(line(l, 1), untagged(line(l, 5)), PartialDate.minute(2020, 2, 26, 19, 26, false),
				lines(l, 12, 14, 16, 20, 22), captions(l, 10, 18));
	}

	static SegmentedArticle seed002() {
		List<String> l = Fixtures.seedLines("002_f11e97fba3507158.txt");
		return Fixtures.article(line(l, 1), line(l, 2), null, lines(l, 6, 8, 10, 12, 18, 20, 22, 24, 26, 32, 34, 36),
				captions(l, 14, 28));
	}

	static SegmentedArticle seed003() {
		List<String> l = Fixtures.seedLines("003_e6474cc7a97b0b07.txt");
		List<String> captions = List.of(uncredited(line(l, 8)), uncredited(line(l, 12)),
				uncredited(line(l, 15) + " " + line(l, 16)));
		return Fixtures.article(line(l, 5), null, PartialDate.minute(2024, 9, 5, 12, 0, false),
				lines(l, 7, 9, 10, 11, 13, 14, 17, 18), captions);
	}

	static SegmentedArticle seed004() {
		List<String> l = Fixtures.seedLines("004_02ea695a35228001.txt");
		return Fixtures.article(line(l, 1), line(l, 3), null, lines(l, 5, 7, 9, 13, 15, 17, 19), List.of());
	}

	private static String line(List<String> lines, int number) {
		return lines.get(number - 1);
	}

	private static List<String> lines(List<String> lines, int... numbers) {
		return IntStream.of(numbers).mapToObj((n) -> line(lines, n)).toList();
	}

	private static List<String> captions(List<String> lines, int... numbers) {
		return IntStream.of(numbers).mapToObj((n) -> uncredited(line(lines, n))).toList();
	}

	private static String untagged(String lead) {
		return lead.replaceFirst("^TGVN\\.\\s*", "");
	}

	private static String uncredited(String caption) {
		return caption.replaceFirst("\\s*(?:-\\s*)?\\(?(?:Ảnh|Anh):[^)]*\\)?\\.?\\s*$", "");
	}

}
