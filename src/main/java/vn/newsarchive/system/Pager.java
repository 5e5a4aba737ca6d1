package vn.newsarchive.system;

import java.util.List;
import java.util.stream.IntStream;

import org.springframework.data.domain.Page;

/**
 * The pager under a long list: a few page numbers around the current one (so it stays one
 * short row on a phone), previous and next, each link keeping the reader's filters. A
 * page with several lists gives each its own parameter.
 */
public record Pager(int number, int totalPages, long totalElements, List<PageLink> pages, String previous,
		String next) {

	private static final int AROUND = 2;

	/** A numbered link; {@code number} counts from 1 as readers do. */
	public record PageLink(int number, String url, boolean current) {
	}

	public static Pager of(Page<?> page) {
		return of(page, "page");
	}

	public static Pager of(Page<?> page, String parameter) {
		int last = Math.max(page.getTotalPages() - 1, 0);
		int from = Math.max(0, page.getNumber() - AROUND);
		int to = Math.min(last, page.getNumber() + AROUND);
		List<PageLink> links = IntStream.rangeClosed(from, to)
			.mapToObj((n) -> new PageLink(n + 1, QueryLinks.with(parameter, n), n == page.getNumber()))
			.toList();
		return new Pager(page.getNumber() + 1, page.getTotalPages(), page.getTotalElements(), links,
				page.hasPrevious() ? QueryLinks.with(parameter, page.getNumber() - 1) : null,
				page.hasNext() ? QueryLinks.with(parameter, page.getNumber() + 1) : null);
	}

	/**
	 * Far beyond any list the archive holds, and small enough that its offset, at up to a
	 * thousand rows a page, stays an {@code int} (a larger one failed in the database).
	 */
	public static final int MAX_PAGE = 1_000_000;

	/**
	 * A requested page number made safe: negative numbers become the first page, huge
	 * ones {@link #MAX_PAGE} (which then answers 404 through {@link #within}).
	 */
	public static int safe(int page) {
		return Math.min(Math.max(page, 0), MAX_PAGE);
	}

	/** The page asked for, or the 404 page when it lies beyond the last one. */
	public static <P extends Page<?>> P within(P page) {
		if (page.getNumber() > 0 && page.getNumber() >= page.getTotalPages()) {
			throw new NotFoundException("Page", page.getNumber() + 1L);
		}
		return page;
	}

	public boolean isNeeded() {
		return this.totalPages > 1;
	}

}
