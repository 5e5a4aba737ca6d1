package vn.newsarchive.testdata;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.newsarchive.testdata.SeedFixture.Seeds;

/**
 * The running app over a fresh archive holding the five seed articles before each test.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
public abstract class SeededWebTest {

	@LocalServerPort
	protected int port;

	@Autowired
	protected EntityManager entityManager;

	@Autowired
	protected TransactionTemplate transactions;

	@Autowired
	protected JdbcTemplate jdbc;

	protected PageClient client;

	protected Seeds seeds;

	protected TestArchive archive;

	@BeforeEach
	void seedTheArchive() {
		this.archive = new TestArchive(this.entityManager, this.transactions, this.jdbc);
		this.archive.reset();
		this.seeds = SeedFixture.load(this.archive);
		this.client = new PageClient(this.port);
	}

	/** The canonical path of a record, as stored: {@code /prefix/id-slug}. */
	protected String path(String table, Long id) {
		String prefix = switch (table) {
			case "article" -> "/bai-viet/";
			case "person" -> "/nhan-vat/";
			case "resolution" -> "/van-kien/";
			case "meeting" -> "/su-kien/";
			default -> throw new IllegalArgumentException(table);
		};
		return prefix + id + "-"
				+ this.jdbc.queryForObject("select slug from " + table + " where id = ?", String.class, id);
	}

}
