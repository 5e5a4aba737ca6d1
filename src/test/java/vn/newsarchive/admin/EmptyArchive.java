package vn.newsarchive.admin;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.newsarchive.testdata.TestArchive;

/** Every admin test starts from an empty archive. */
public final class EmptyArchive {

	private EmptyArchive() {
	}

	public static void reset(JdbcTemplate jdbc) {
		TestArchive.empty(jdbc);
		FakeExtractor.EXTRACTIONS.clear();
	}

}
