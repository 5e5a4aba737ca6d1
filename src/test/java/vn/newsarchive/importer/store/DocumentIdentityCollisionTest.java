package vn.newsarchive.importer.store;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.newsarchive.importer.model.DocumentReference;
import vn.newsarchive.resolution.Resolution;
import vn.newsarchive.testdata.TestArchive;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citation that fills in what a stored document lacks (its date) never gives it the
 * identity another stored document already has: at 20,000 generated articles, 23 were
 * refused on {@code uk_resolution_identity} that way.
 */
@SpringBootTest
class DocumentIdentityCollisionTest {

	@Autowired
	ResolutionResolver resolver;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	long undated;

	long dated;

	@BeforeEach
	void twoStoredCopiesOfOneNumber() {
		TestArchive.empty(this.jdbc);
		this.undated = insert(null);
		this.dated = insert(LocalDate.of(2018, 5, 19));
	}

	@Test
	void aDatedCitationPublishedBeforeThatDateJoinsTheDocumentOfThatDate() {
		DocumentReference cited = new DocumentReference("26-NQ/TW", "Nghị quyết", "26", "TW",
				LocalDate.parse("2018-05-19"), null, null, null);
		Long resolved = new TransactionTemplate(this.transactionManager)
			.execute((status) -> this.resolver.resolve(cited, LocalDate.of(2018, 1, 10)).getId());
		assertThat(resolved).isEqualTo(this.dated);
		assertThat(this.jdbc.queryForObject("select issued_on from resolution where id = ?", LocalDate.class,
				this.undated))
			.isNull();
	}

	private long insert(LocalDate issuedOn) {
		return this.jdbc.queryForObject(
				"insert into resolution (kind, type_code, number, issuer, code, term, issued_on,"
						+ " slug) values ('Nghị quyết', 'NQ', '26', 'TW', '26-NQ/TW', 'XII', ?, 'nq-26') returning id",
				Long.class, issuedOn);
	}

}
