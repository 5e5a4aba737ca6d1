package vn.newsarchive.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A review source whose open items are the rows of one SQL query: {@code open} is its
 * FROM and WHERE (with {@link ReviewDecisions#undecided}), {@code columns} what an item
 * shows, {@code order} a stable order; a subclass turns a row into an item.
 */
abstract class QueriedReviewSource implements ReviewSource {

	private final NamedParameterJdbcTemplate jdbc;

	private final String name;

	private final String open;

	private final String columns;

	private final String order;

	QueriedReviewSource(NamedParameterJdbcTemplate jdbc, String name, String open, String columns, String order) {
		this.jdbc = jdbc;
		this.name = name;
		this.open = open;
		this.columns = columns;
		this.order = order;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public long count() {
		Long n = this.jdbc.getJdbcTemplate().queryForObject("select count(*) " + this.open, Long.class);
		return (n != null) ? n : 0;
	}

	@Override
	public List<ReviewItem> items(int page, int size) {
		return this.jdbc.query(
				"select " + this.columns + " " + this.open + " order by " + this.order + " limit :size offset :offset",
				Map.of("size", size, "offset", (long) page * size), (rs, i) -> item(rs));
	}

	abstract ReviewItem item(ResultSet row) throws SQLException;

}
