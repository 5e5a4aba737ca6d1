package vn.newsarchive.history;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Two snapshots of one record compared field by field. A field holding a list (the
 * paragraphs, persons, documents...) is compared item by item, so a changed paragraph
 * shows as one removed and one added among the unchanged ones.
 */
public final class SnapshotDiff {

	private SnapshotDiff() {
	}

	public static List<FieldChange> between(Map<String, Object> before, Map<String, Object> after) {
		Set<String> fields = new LinkedHashSet<>(after.keySet());
		fields.addAll(before.keySet());
		List<FieldChange> changes = new ArrayList<>();
		for (String field : fields) {
			Object old = before.get(field);
			Object now = after.get(field);
			if (!Objects.equals(old, now)) {
				changes.add(new FieldChange(field, lines(lines(old), lines(now))));
			}
		}
		return changes;
	}

	private static List<String> lines(Object value) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof List<?> list) {
			return list.stream().map(SnapshotDiff::text).toList();
		}
		return List.of(text(value));
	}

	/** How an item reads: a link as its name and details, then its id. */
	static String text(Object value) {
		if (value instanceof Map<?, ?> map) {
			List<String> parts = new ArrayList<>();
			map.forEach((key, part) -> {
				if (part != null && !"id".equals(key) && !Boolean.FALSE.equals(part)) {
					parts.add(Boolean.TRUE.equals(part) ? String.valueOf(key) : String.valueOf(part));
				}
			});
			String text = String.join(" — ", parts);
			return map.containsKey("id") ? text + " (#" + map.get("id") + ")" : text;
		}
		return String.valueOf(value);
	}

	/** A longest-common-subsequence diff of two lists of lines. */
	static List<DiffLine> lines(List<String> before, List<String> after) {
		int[][] common = new int[before.size() + 1][after.size() + 1];
		for (int i = before.size() - 1; i >= 0; i--) {
			for (int j = after.size() - 1; j >= 0; j--) {
				common[i][j] = before.get(i).equals(after.get(j)) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		List<DiffLine> lines = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < before.size() || j < after.size()) {
			if (i < before.size() && j < after.size() && before.get(i).equals(after.get(j))) {
				lines.add(new DiffLine(DiffLine.Mark.SAME, before.get(i++)));
				j++;
			}
			else if (i < before.size() && (j == after.size() || common[i + 1][j] >= common[i][j + 1])) {
				lines.add(new DiffLine(DiffLine.Mark.REMOVED, before.get(i++)));
			}
			else {
				lines.add(new DiffLine(DiffLine.Mark.ADDED, after.get(j++)));
			}
		}
		return lines;
	}

	/** One field that differs, as lines marked kept, removed or added. */
	public record FieldChange(String field, List<DiffLine> lines) {

	}

	public record DiffLine(Mark mark, String text) {

		public enum Mark {

			SAME, REMOVED, ADDED

		}

		public String css() {
			return this.mark.name().toLowerCase(java.util.Locale.ROOT);
		}

	}

}
