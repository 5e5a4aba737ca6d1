package vn.newsarchive.fault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import vn.newsarchive.TestDatabase;
import vn.newsarchive.TestDatabaseInitializer;
import vn.newsarchive.importer.store.ImportOutcome;
import vn.newsarchive.importer.store.ImportProblem;
import vn.newsarchive.importer.store.ImportService;
import vn.newsarchive.importer.store.ImportSummary;
import vn.newsarchive.testdata.ImportedSeedsWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault suite: the database goes away for longer than an article's tries (the network to
 * it cut: every open connection reset, every new one refused, as when the server is
 * down). The import stops reading files after the first article that could not be stored,
 * with the reason, instead of failing every file in turn; the same import run again once
 * the database is back stores them all.
 */
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "spring.datasource.hikari.connection-timeout=1000")
class DatabaseGoneDuringImportIT extends ImportedSeedsWebTest {

	private static final int FILES = 6;

	private static final DatabaseLink LINK = DatabaseLink.to(TestDatabase.get().url());

	@Autowired
	DataSource dataSource;

	@Autowired
	ImportService imports;

	@DynamicPropertySource
	static void throughTheLink(DynamicPropertyRegistry registry) {
		registry.add(TestDatabaseInitializer.DATABASE_URL, () -> LINK.through(TestDatabase.get().url()));
	}

	@AfterAll
	static void closeTheLink() throws IOException {
		LINK.close();
	}

	@Test
	void theImportStopsWithTheFilesNotReadAndTheSameImportLaterStoresThemAll(@TempDir Path folder, CapturedOutput log)
			throws Exception {
		assertThat(this.dataSource.unwrap(HikariDataSource.class).getJdbcUrl()).as("the archive's database URL")
			.isEqualTo(LINK.through(TestDatabase.get().url()));
		for (int i = 0; i < FILES; i++) {
			Files.writeString(folder.resolve(i + ".txt"), article(i), StandardCharsets.UTF_8);
		}
		long before = this.jdbc.queryForObject("select count(*) from article", Long.class);

		ImportSummary whileGone;
		LINK.cut();
		try {
			whileGone = this.imports.importPaths(List.of(folder), (i, total, outcome) -> {
			});
		}
		finally {
			LINK.mend();
		}

		assertThat(whileGone.imported()).isZero();
		assertThat(whileGone.outcomes()).as("the articles in flight when the database was found gone")
			.hasSizeBetween(1, 2)
			.allSatisfy((outcome) -> assertThat(outcome.problem()).isEqualTo(ImportProblem.DATABASE_UNREACHABLE));
		assertThat(whileGone.notRead()).isEqualTo(FILES - whileGone.outcomes().size());

		assertThat(log.getOut()).as("the background work waits for the database without a stack trace")
			.doesNotContain("Unexpected error occurred in scheduled task");

		ImportSummary again = this.imports.importPaths(List.of(folder), (i, total, outcome) -> {
		});
		assertThat(again.outcomes()).extracting(ImportOutcome::status).containsOnly(ImportOutcome.Status.IMPORTED);
		assertThat(again.imported()).isEqualTo(FILES);
		assertThat(this.jdbc.queryForObject("select count(*) from article", Long.class)).isEqualTo(before + FILES);
	}

	private static String article(int number) {
		return "Đảng ủy xã số " + (number + 1) + " tổng kết công tác kiểm tra, giám sát năm 2025\n\n"
				+ "08/12/2025 10:0" + number + "\n\n" + "Sáng 8/12, Đảng ủy xã số " + (number + 1)
				+ " tổ chức hội nghị tổng kết công tác kiểm tra, giám sát năm 2025 và triển khai nhiệm vụ năm 2026. "
				+ "Hội nghị đánh giá kết quả kiểm tra tổ chức đảng và đảng viên khi có dấu hiệu vi phạm.\n";
	}

}
