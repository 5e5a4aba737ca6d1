package vn.newsarchive.history;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of record that have a history, with the admin path segment of each
 * ({@code /admin/{segment}/{id}/history}).
 */
public enum RecordKind {

	ARTICLE("articles"), PERSON("persons"), RESOLUTION("resolutions"), MEETING("meetings");

	private final String segment;

	RecordKind(String segment) {
		this.segment = segment;
	}

	public String segment() {
		return this.segment;
	}

	/** The record's page in the admin. */
	public String editPath(long id) {
		return "/admin/" + this.segment + "/" + id + "/edit";
	}

	public String historyPath(long id) {
		return "/admin/" + this.segment + "/" + id + "/history";
	}

	public static Optional<RecordKind> ofName(String name) {
		return Arrays.stream(values()).filter((kind) -> kind.name().equals(name)).findFirst();
	}

	public static Optional<RecordKind> ofSegment(String segment) {
		return Arrays.stream(values()).filter((kind) -> kind.segment.equals(segment)).findFirst();
	}

}
