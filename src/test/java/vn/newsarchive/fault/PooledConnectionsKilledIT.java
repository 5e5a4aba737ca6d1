package vn.newsarchive.fault;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

import vn.newsarchive.importer.store.ImportOutcome;
import vn.newsarchive.importer.store.ImportService;
import vn.newsarchive.importer.store.ImportSummary;
import vn.newsarchive.testdata.ImportedSeedsWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault suite: PostgreSQL ends the pool's idle connections right after their last use (a
 * database restart, a failover, an administrator's {@code pg_terminate_backend}). The
 * pool hands a connection used less than half a second ago out without checking it, so
 * the next article meets a dead connection. The article must still be stored: an import
 * that refuses it, or stops, loses it.
 */
@DirtiesContext
class PooledConnectionsKilledIT extends ImportedSeedsWebTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	ImportService imports;

	@Test
	void anArticlePushedRightAfterTheConnectionsDiedIsStored() throws Exception {
		long before = this.jdbc.queryForObject("select count(*) from article", Long.class);
		killEveryPooledConnection();

		ImportOutcome outcome = this.imports.importContent("pushed.txt",
				article("Hà Nam").getBytes(StandardCharsets.UTF_8));

		assertThat(outcome.status()).as(outcome.message()).isEqualTo(ImportOutcome.Status.IMPORTED);
		assertThat(this.jdbc.queryForObject("select count(*) from article", Long.class)).isEqualTo(before + 1);
	}

	@Test
	void anImportStartedRightAfterTheConnectionsDiedStoresEveryFile(@TempDir Path folder) throws Exception {
		Files.writeString(folder.resolve("a.txt"), article("Ninh Bình"), StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("b.txt"), article("Thái Bình"), StandardCharsets.UTF_8);
		long before = this.jdbc.queryForObject("select count(*) from article", Long.class);
		killEveryPooledConnection();

		ImportSummary summary = this.imports.importPaths(List.of(folder), (i, total, outcome) -> {
		});

		assertThat(summary.failed()).as("refused files").isZero();
		assertThat(summary.imported()).isEqualTo(2);
		assertThat(this.jdbc.queryForObject("select count(*) from article", Long.class)).isEqualTo(before + 2);
	}

	/**
	 * Takes every connection of the pool, has PostgreSQL end their backends and waits
	 * until they are gone, then gives them back: the pool believes them alive.
	 */
	private void killEveryPooledConnection() throws Exception {
		HikariDataSource pool = this.dataSource.unwrap(HikariDataSource.class);
		// the pool starts afresh: none left dead by the test before
		pool.getHikariPoolMXBean().softEvictConnections();
		List<Connection> borrowed = new ArrayList<>();
		List<Integer> backends = new ArrayList<>();
		for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
			Connection connection = pool.getConnection();
			borrowed.add(connection);
			try (Statement statement = connection.createStatement();
					ResultSet pid = statement.executeQuery("select pg_backend_pid()")) {
				pid.next();
				backends.add(pid.getInt(1));
			}
		}
		try (Connection admin = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
				Statement statement = admin.createStatement()) {
			String pids = backends.toString().replace('[', '(').replace(']', ')');
			statement.execute("select pg_terminate_backend(pid) from pg_stat_activity where pid in " + pids);
			Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
			while (Instant.now().isBefore(deadline)) {
				try (ResultSet left = statement
					.executeQuery("select count(*) from pg_stat_activity where pid in " + pids)) {
					left.next();
					if (left.getInt(1) == 0) {
						break;
					}
				}
			}
		}
		for (Connection connection : borrowed) {
			connection.close();
		}
	}

	private static String article(String province) {
		return "Tỉnh ủy " + province + " tổng kết công tác xây dựng Đảng năm 2025\n\n" + "05/12/2025 09:15\n\n"
				+ "Sáng 5/12, Ban Thường vụ Tỉnh ủy " + province
				+ " tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2025, triển khai nhiệm vụ năm 2026. "
				+ "Các đại biểu thảo luận về việc sắp xếp tổ chức bộ máy và công tác cán bộ ở cơ sở.\n";
	}

}
