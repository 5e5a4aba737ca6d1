package vn.newsarchive.importer.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.newsarchive.testdata.TestArchive;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five seeds through the real pipeline into PostgreSQL: idempotency and entity
 * resolution.
 */
@SpringBootTest
class ImportSeedsIntegrationTest {

	@Autowired
	ImportService importService;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void emptyArchive() {
		TestArchive.empty(this.jdbc);
	}

	@Test
	void importingTwiceKeepsOneRecordPerArticle() {
		ImportSummary first = this.importService.importPaths(List.of(Path.of("seeds")), ImportProgress.NONE);
		ImportSummary second = this.importService.importPaths(List.of(Path.of("seeds")), ImportProgress.NONE);
		assertThat(first.imported()).isEqualTo(5);
		assertThat(first.failed()).isZero();
		assertThat(second.imported()).isZero();
		assertThat(second.duplicates()).isEqualTo(5);
		assertThat(count("article")).isEqualTo(5);
		assertThat(count("person")).isEqualTo(personsAfterFirstImport(first));
	}

	private int personsAfterFirstImport(ImportSummary first) {
		assertThat(first.outcomes()).allSatisfy((outcome) -> assertThat(outcome.articleId()).isNotNull());
		return count("person");
	}

	@Test
	void aFolderIsImportedInFileOrderWithProgressAndABadFileInTheMiddleChangesNothingElse(@TempDir Path folder)
			throws Exception {
		List<Path> seeds;
		try (var files = Files.list(Path.of("seeds"))) {
			seeds = files.sorted().toList();
		}
		Files.copy(seeds.get(0), folder.resolve("1.txt"));
		Files.write(folder.resolve("2.txt"), new byte[0]);
		Files.copy(seeds.get(3), folder.resolve("3.txt"));
		Files.copy(seeds.get(0), folder.resolve("4.txt"));
		List<String> progress = new ArrayList<>();

		ImportSummary summary = this.importService.importPaths(List.of(folder),
				(done, total, outcome) -> progress.add(done + "/" + total + " " + outcome.status()));

		assertThat(summary.outcomes()).extracting((outcome) -> Path.of(outcome.file()).getFileName().toString())
			.containsExactly("1.txt", "2.txt", "3.txt", "4.txt");
		assertThat(progress).containsExactly("1/4 IMPORTED", "2/4 FAILED", "3/4 IMPORTED", "4/4 DUPLICATE");
		assertThat(count("article")).isEqualTo(2);
	}

	@Test
	void phamBinhMinhIsOnePersonAcrossFourSeeds() {
		this.importService.importPaths(List.of(Path.of("seeds")), ImportProgress.NONE);
		List<Map<String, Object>> rows = this.jdbc.queryForList("select p.id, count(distinct ap.article_id) articles"
				+ " from person p join article_person ap on ap.person_id = p.id"
				+ " where p.name = 'Phạm Bình Minh' group by p.id");
		assertThat(rows).hasSize(1);
		assertThat(((Number) rows.get(0).get("articles")).intValue()).isEqualTo(4);
		assertThat(this.jdbc.queryForList("select name from person", String.class)).doesNotContain("Tuấn Anh",
				"Minh Ngọc", "Văn Anh");
	}

	@Test
	void buiThanhSonHasTwoPositionsEachWithItsAsOfDate() {
		this.importService.importPaths(List.of(Path.of("seeds")), ImportProgress.NONE);
		List<Map<String, Object>> positions = this.jdbc.queryForList("select ph.title, ph.as_of::text as_of,"
				+ " ph.as_of_precision, ph.as_of_inferred, a.file_name from position_held ph"
				+ " join person p on p.id = ph.person_id join article a on a.id = ph.article_id"
				+ " where p.name = 'Bùi Thanh Sơn' order by ph.as_of");
		assertThat(positions).hasSize(2);
		Map<String, Object> in2021 = positions.get(0);
		assertThat((String) in2021.get("title")).contains("Thứ trưởng Thường trực Bộ Ngoại giao");
		assertThat((String) in2021.get("file_name")).contains("002_");
		assertThat((String) in2021.get("as_of")).startsWith("2021");
		assertThat(in2021.get("as_of_inferred")).isEqualTo(true);
		Map<String, Object> in2024 = positions.get(1);
		assertThat((String) in2024.get("title")).contains("Phó Thủ tướng").contains("Bộ trưởng Bộ Ngoại giao");
		assertThat((String) in2024.get("file_name")).contains("003_");
		assertThat(in2024.get("as_of")).isEqualTo("2024-09-04");
		assertThat(in2024.get("as_of_precision")).isEqualTo("DAY");
	}

	@Test
	void documentsKeepTheirDatesTermsAndMeetings() {
		this.importService.importPaths(List.of(Path.of("seeds")), ImportProgress.NONE);
		assertThat(this.jdbc
			.queryForList("select code || ' ' || coalesce(term, '-') || ' ' || coalesce(issued_on::text, '-')"
					+ " from resolution where code is not null order by code", String.class))
			.contains("18-NQ/TW XII 2017-10-25", "21-KL/TW XIII 2021-10-25", "26-NQ/TW XII 2018-05-19");
		assertThat(this.jdbc.queryForList("select m.held_on::text from meeting m join article a on a.id = m.article_id"
				+ " where a.file_name like '%000_%'", String.class))
			.containsExactly("2019-11-06");
		assertThat(this.jdbc.queryForList("select r.code from meeting_resolution mr join resolution r"
				+ " on r.id = mr.resolution_id join meeting m on m.id = mr.meeting_id join article a"
				+ " on a.id = m.article_id where a.file_name like '%003_%'", String.class))
			.containsExactly("21-KL/TW");
		assertThat(
				this.jdbc.queryForList("select p.name from meeting_participant mp join person p on p.id = mp.person_id"
						+ " join meeting m on m.id = mp.meeting_id join article a on a.id = m.article_id"
						+ " where a.file_name like '%000_%' and mp.role = 'CHAIR'", String.class))
			.contains("Trương Thị Mai");
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

}
