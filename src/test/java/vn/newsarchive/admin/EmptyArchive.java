package vn.newsarchive.admin;

import org.springframework.jdbc.core.JdbcTemplate;

/** Every admin test starts from an empty archive. */
public final class EmptyArchive {

	private EmptyArchive() {
	}

	public static void reset(JdbcTemplate jdbc) {
		jdbc.execute("TRUNCATE article, person, resolution RESTART IDENTITY CASCADE");
		FakeExtractor.EXTRACTIONS.clear();
	}

}
