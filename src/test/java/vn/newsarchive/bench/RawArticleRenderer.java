package vn.newsarchive.bench;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

import vn.newsarchive.kernel.VietnameseText;

/**
 * A synthetic article as a news site's page gives it when scraped to text: site chrome
 * and a section label, the headline, a publication stamp in one of the formats real sites
 * use, the lede behind a source tag ({@code (TTXVN) -}), body paragraphs with photo
 * captions and their credits (some after an ASCII slug line left from the image's alt
 * text), a related-headlines block, an end mark, a byline and a tail of teasers for other
 * articles. The noise is drawn from the article itself, so a rendering is a function of
 * the corpus's seed and the article's id, like the article.
 */
final class RawArticleRenderer {

	private static final List<List<String>> CHROME = List.of(List.of("Trang chủ", "Chia sẻ"),
			List.of("Google News", "A", "A+"), List.of("Trang chủ > Thời sự > Chính trị"),
			List.of("chứng khoán", "thông tin thương mại", "- TỶ GIÁ NGOẠI TỆ"), List.of("Đăng nhập", "Tìm kiếm"));

	private static final List<String> SECTIONS = List.of("Xây dựng Đảng", "Chính trị", "Thời sự", "Tin tức",
			"Trong nước");

	private static final List<String> WEEKDAYS = List.of("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy",
			"Chủ nhật");

	private static final List<String> RELATED_HEADERS = List.of("TIN LIÊN QUAN", "Tin liên quan", "Bài liên quan");

	private static final List<String> TAIL_HEADERS = List.of("Các tin khác", "Tin cùng chuyên mục", "Phản hồi");

	private static final List<String> PHOTOGRAPHERS = List.of("Tuấn Anh", "Minh Ngọc", "Phương Hoa", "Văn Điệp",
			"Thống Nhất", "Lâm Khánh");

	private static final List<String> BYLINES = List.of("Thu Hằng", "Văn Anh", "Minh Ngọc", "Hải Yến");

	private final SyntheticCorpus corpus;

	RawArticleRenderer(SyntheticCorpus corpus) {
		this.corpus = corpus;
	}

	String render(SyntheticArticle article) {
		Random random = new Random(article.id() * 7_919L ^ article.publishedAt().hashCode());
		StringBuilder page = new StringBuilder(8_192);
		CHROME.get(random.nextInt(CHROME.size())).forEach((line) -> page.append(line).append('\n'));
		page.append(pick(SECTIONS, random)).append("\n\n");
		page.append(article.title()).append("\n\n");
		page.append(stamp(article.publishedAt(), random.nextInt(5))).append("\n\n");
		int tag = (article.source() != null) ? random.nextInt(5) : -1;
		String place = (tag == 1) ? "Hà Nội " : "";
		page.append((tag == 0 || tag == 1) ? place + "(" + article.source() + ") - " : "")
			.append(article.lead())
			.append("\n\n");
		List<String> paragraphs = article.paragraphs();
		int relatedAfter = Math.min(1, paragraphs.size() - 1);
		for (int i = 0; i < paragraphs.size(); i++) {
			boolean last = i == paragraphs.size() - 1;
			page.append(paragraphs.get(i))
				.append((last && random.nextBoolean()) ? endMark(paragraphs.get(i)) : "")
				.append("\n\n");
			if (i == relatedAfter) {
				related(page, article, random);
			}
			int caption = captionAfter(i, paragraphs.size(), article.captions().size());
			if (caption >= 0) {
				caption(page, article, article.captions().get(caption), random);
			}
		}
		if (tag == 2) {
			page.append("Theo ").append(article.source()).append("\n\n");
		}
		else if (random.nextInt(3) == 0) {
			page.append(pick(BYLINES, random)).append("\n\n");
		}
		tail(page, article, random);
		return page.toString();
	}

	/** The {@code ./.} that ends an article, its dot shared with the sentence's own. */
	private static String endMark(String paragraph) {
		return paragraph.endsWith(".") ? "/." : "./.";
	}

	/** Publication stamps as sites print them, all to the minute. */
	static String stamp(LocalDateTime at, int format) {
		String date = "%02d/%02d/%d".formatted(at.getDayOfMonth(), at.getMonthValue(), at.getYear());
		String time = "%02d:%02d".formatted(at.getHour(), at.getMinute());
		String weekday = WEEKDAYS.get(at.getDayOfWeek().getValue() - 1);
		return switch (format) {
			case 0 -> date + " " + time;
			case 1 -> time + " | " + date;
			case 2 -> weekday + ", " + date + " " + time;
			case 3 -> "%02d-%02d-%d - %s (GMT+7)".formatted(at.getDayOfMonth(), at.getMonthValue(), at.getYear(), time);
			default -> weekday + ", " + at.getDayOfMonth() + "/" + at.getMonthValue() + "/" + at.getYear() + ", " + time
					+ " GMT+7";
		};
	}

	/** The index of the caption to print after paragraph {@code index}, or -1. */
	private static int captionAfter(int index, int paragraphs, int captions) {
		for (int c = 0; c < captions; c++) {
			if (index == 2 + c * Math.max(1, (paragraphs - 2) / captions) && index < paragraphs - 1) {
				return c;
			}
		}
		return -1;
	}

	private void related(StringBuilder page, SyntheticArticle article, Random random) {
		page.append(pick(RELATED_HEADERS, random)).append('\n');
		for (int i = 1 + random.nextInt(3); i > 0; i--) {
			page.append(other(article, random).title()).append('\n');
		}
		page.append('\n');
	}

	private void caption(StringBuilder page, SyntheticArticle article, String caption, Random random) {
		if (random.nextBoolean()) {
			page.append(asciiSlug(article.title())).append('\n');
		}
		String photographer = pick(PHOTOGRAPHERS, random);
		String credit = switch (random.nextInt(3)) {
			case 0 -> " (Ảnh: " + photographer + ")";
			case 1 -> " - Ảnh: VGP/" + photographer;
			default -> " Ảnh: " + photographer;
		};
		String text = caption.endsWith(".") ? caption : caption + ".";
		page.append(text).append(credit).append("\n\n");
	}

	/** Teasers of other articles: a title, then the start of its lede cut with "...". */
	private void tail(StringBuilder page, SyntheticArticle article, Random random) {
		page.append(pick(TAIL_HEADERS, random)).append("\n\n");
		for (int i = 2 + random.nextInt(2); i > 0; i--) {
			SyntheticArticle other = other(article, random);
			String lead = other.lead();
			int cut = lead.lastIndexOf(' ', Math.min(lead.length() - 1, 110));
			page.append(other.title()).append("\n\n").append(lead, 0, Math.max(cut, 0)).append(" ...\n\n");
		}
	}

	private SyntheticArticle other(SyntheticArticle article, Random random) {
		return this.corpus.article(article.id() + 1 + random.nextInt(1_000));
	}

	/** The title without diacritics, as image alt text leaves it in scraped pages. */
	static String asciiSlug(String title) {
		return VietnameseText.slug(title).replace('-', ' ');
	}

	private static <T> T pick(List<T> items, Random random) {
		return items.get(random.nextInt(items.size()));
	}

}
