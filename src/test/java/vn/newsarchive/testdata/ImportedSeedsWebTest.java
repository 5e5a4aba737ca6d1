package vn.newsarchive.testdata;

import java.nio.file.Path;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.newsarchive.importer.store.ImportService;
import vn.newsarchive.importer.store.ImportSummary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running app over an archive holding exactly the five files of {@code seeds/},
 * imported by the importer.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ImportedSeedsWebTest {

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	ImportService importService;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	protected PageClient client;

	@BeforeAll
	void importTheSeeds() {
		this.jdbc.execute("TRUNCATE article, person, resolution RESTART IDENTITY CASCADE");
		SearchIndex.purge(this.entityManagerFactory);
		ImportSummary summary = this.importService.importPaths(List.of(Path.of("seeds")), (i, total, outcome) -> {
		});
		assertThat(summary.imported()).as("seed files imported").isEqualTo(5);
		this.client = new PageClient(this.port);
	}

	/** The canonical path of the record of that table whose column holds the value. */
	protected String path(String table, String column, String value) {
		String prefix = switch (table) {
			case "article" -> "/bai-viet/";
			case "person" -> "/nhan-vat/";
			case "resolution" -> "/van-kien/";
			case "meeting" -> "/su-kien/";
			default -> throw new IllegalArgumentException(table);
		};
		return this.jdbc.queryForObject(
				"select '" + prefix + "' || id || '-' || slug from " + table + " where " + column + " = ?",
				String.class, value);
	}

}
