package vn.newsarchive.api;

import java.util.List;

/**
 * One page of a list the data API answers: {@code page} from 0, at most {@code size}
 * items, {@code total} items in all.
 */
public record ApiPage<T>(int page, int size, long total, List<T> items) {

	static final int DEFAULT_SIZE = 20;

	static final int MAX_SIZE = 100;

	/** A page number a client asked for, never negative. */
	static int number(Integer page) {
		return (page == null || page < 0) ? 0 : page;
	}

	/** A page size a client asked for, between 1 and {@link #MAX_SIZE}. */
	static int size(Integer size) {
		return (size == null || size < 1) ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
	}

	long offset() {
		return (long) this.page * this.size;
	}

}
