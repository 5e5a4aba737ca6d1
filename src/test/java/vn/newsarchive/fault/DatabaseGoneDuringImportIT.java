package vn.newsarchive.fault;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

import vn.newsarchive.TestDatabase;
import vn.newsarchive.importer.store.ImportOutcome;
import vn.newsarchive.importer.store.ImportProblem;
import vn.newsarchive.importer.store.ImportService;
import vn.newsarchive.importer.store.ImportSummary;
import vn.newsarchive.testdata.ImportedSeedsWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault suite: the database stays gone for longer than an article's tries (every
 * connection of the archive ended as soon as it is made, for as long as a restart that
 * does not come back). The import stops reading files after the first article that could
 * not be stored, with the reason, instead of failing every file in turn; the same import
 * run again once the database is back stores them all.
 */
@DirtiesContext
class DatabaseGoneDuringImportIT extends ImportedSeedsWebTest {

	private static final int FILES = 6;

	@Autowired
	DataSource dataSource;

	@Autowired
	ImportService imports;

	@Test
	void theImportStopsWithTheFilesNotReadAndTheSameImportLaterStoresThemAll(@TempDir Path folder) throws Exception {
		for (int i = 0; i < FILES; i++) {
			Files.writeString(folder.resolve(i + ".txt"), article(i), StandardCharsets.UTF_8);
		}
		long before = this.jdbc.queryForObject("select count(*) from article", Long.class);

		ImportSummary whileGone;
		AtomicBoolean gone = new AtomicBoolean(true);
		Thread killer = new Thread(() -> endEveryConnectionWhile(gone), "database-gone");
		killer.start();
		try {
			whileGone = this.imports.importPaths(List.of(folder), (i, total, outcome) -> {
			});
		}
		finally {
			gone.set(false);
			killer.join();
		}

		assertThat(whileGone.imported()).isZero();
		assertThat(whileGone.outcomes()).as("the articles in flight when the database was found gone")
			.hasSizeBetween(1, 2)
			.allSatisfy((outcome) -> assertThat(outcome.problem()).isEqualTo(ImportProblem.DATABASE_UNREACHABLE));
		assertThat(whileGone.notRead()).isEqualTo(FILES - whileGone.outcomes().size());

		this.dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
		ImportSummary again = this.imports.importPaths(List.of(folder), (i, total, outcome) -> {
		});
		assertThat(again.outcomes()).extracting(ImportOutcome::status).containsOnly(ImportOutcome.Status.IMPORTED);
		assertThat(again.imported()).isEqualTo(FILES);
		assertThat(this.jdbc.queryForObject("select count(*) from article", Long.class)).isEqualTo(before + FILES);
	}

	/** Ends every backend of the archive's pool, again and again, while {@code gone}. */
	private void endEveryConnectionWhile(AtomicBoolean gone) {
		try {
			HikariDataSource pool = this.dataSource.unwrap(HikariDataSource.class);
			try (Connection admin = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(),
					pool.getPassword());
					PreparedStatement end = admin.prepareStatement("select count(pg_terminate_backend(pid)) "
							+ "from pg_stat_activity where datname = current_database() and application_name = ? "
							+ "and pid <> pg_backend_pid()")) {
				end.setString(1, TestDatabase.APPLICATION_NAME);
				while (gone.get()) {
					end.executeQuery().close();
					Thread.sleep(2);
				}
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String article(int number) {
		return "Đảng ủy xã số " + (number + 1) + " tổng kết công tác kiểm tra, giám sát năm 2025\n\n"
				+ "08/12/2025 10:0" + number + "\n\n" + "Sáng 8/12, Đảng ủy xã số " + (number + 1)
				+ " tổ chức hội nghị tổng kết công tác kiểm tra, giám sát năm 2025 và triển khai nhiệm vụ năm 2026. "
				+ "Hội nghị đánh giá kết quả kiểm tra tổ chức đảng và đảng viên khi có dấu hiệu vi phạm.\n";
	}

}
