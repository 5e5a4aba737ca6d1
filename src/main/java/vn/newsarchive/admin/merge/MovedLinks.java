package vn.newsarchive.admin.merge;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Reading back what a merge stored as JSON. */
final class MovedLinks {

	private MovedLinks() {
	}

	static List<Long> ids(Map<String, Object> moved, String key) {
		Object value = moved.get(key);
		return (value instanceof List<?> list) ? list.stream().map((id) -> ((Number) id).longValue()).toList()
				: List.of();
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Map<String, Object> moved, String key) {
		return (Map<String, Object>) moved.get(key);
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> maps(Map<String, Object> moved, String key) {
		Object value = moved.get(key);
		return (value instanceof List<?>) ? (List<Map<String, Object>>) value : List.of();
	}

	static Long id(Map<String, Object> row, String key) {
		Object value = row.get(key);
		return (value != null) ? ((Number) value).longValue() : null;
	}

	static Date date(Object text) {
		return (text != null) ? Date.valueOf(LocalDate.parse((String) text)) : null;
	}

	static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

}
