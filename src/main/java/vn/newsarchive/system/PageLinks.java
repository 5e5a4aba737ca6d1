package vn.newsarchive.system;

import java.util.List;
import java.util.stream.IntStream;

import org.springframework.data.domain.Page;

/**
 * The page numbers a pager shows around the current page (zero-based, as Spring Data
 * counts), so long lists stay one short row on a phone.
 */
public final class PageLinks {

	private static final int AROUND = 2;

	private PageLinks() {
	}

	public static List<Integer> around(Page<?> page) {
		int last = Math.max(page.getTotalPages() - 1, 0);
		int from = Math.max(0, page.getNumber() - AROUND);
		int to = Math.min(last, page.getNumber() + AROUND);
		return IntStream.rangeClosed(from, to).boxed().toList();
	}

	/** A requested page number made safe: negative numbers become the first page. */
	public static int safe(int page) {
		return Math.max(page, 0);
	}

}
