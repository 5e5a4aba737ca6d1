package vn.newsarchive.system;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.springframework.data.domain.Pageable;
import vn.newsarchive.kernel.DatePrecision;

/**
 * Reads the columns of a native query's row, whatever JDBC type the driver gave: the few
 * queries that JPQL cannot say (an index's page before a join, a window count) return
 * plain rows.
 */
public final class NativeRows {

	private NativeRows() {
	}

	/**
	 * The rows of a native query over one record's list ({@code :name} its id), one page
	 * of it ({@code :size} rows from {@code :offset}).
	 */
	@SuppressWarnings("unchecked")
	public static List<Object[]> page(EntityManager em, String sql, String name, long id, Pageable pageable) {
		return em.createNativeQuery(sql)
			.setParameter(name, id)
			.setParameter("size", pageable.getPageSize())
			.setParameter("offset", pageable.getOffset())
			.getResultList();
	}

	public static Long id(Object value) {
		return (value != null) ? ((Number) value).longValue() : null;
	}

	public static long count(Object value) {
		return (value != null) ? ((Number) value).longValue() : 0;
	}

	public static boolean flag(Object value) {
		return Boolean.TRUE.equals(value);
	}

	public static DatePrecision precision(Object value) {
		return (value != null) ? DatePrecision.valueOf(value.toString()) : null;
	}

	public static LocalDateTime dateTime(Object value) {
		if (value instanceof Timestamp timestamp) {
			return timestamp.toLocalDateTime();
		}
		return (LocalDateTime) value;
	}

	public static LocalDate date(Object value) {
		if (value instanceof Date date) {
			return date.toLocalDate();
		}
		return (LocalDate) value;
	}

}
