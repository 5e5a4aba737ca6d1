package vn.newsarchive.system;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.orm.jpa.JpaSystemException;

import static org.assertj.core.api.Assertions.assertThat;

class LostConnectionTests {

	@ParameterizedTest(name = "SQLSTATE {0}: lost connection {1}")
	@CsvSource({
			// the server ended the session: administrator, crash, starting up
			"57P01, true", "57P02, true", "57P03, true",
			// connection exceptions: I/O error, cannot connect, link failure
			"08006, true", "08001, true", "08003, true",
			// the work itself was refused: duplicate key, deadlock, a query cancelled,
			// syntax
			"23505, false", "40P01, false", "57014, false", "42601, false" })
	void readsTheSqlStateAtAnyDepthOfTheCauses(String sqlState, boolean lost) {
		SQLException fromDriver = new SQLException("message", sqlState);
		RuntimeException translated = new JpaSystemException(new RuntimeException("Hibernate's wrapper", fromDriver));

		assertThat(LostConnection.causedBy(fromDriver)).isEqualTo(lost);
		assertThat(LostConnection.causedBy(translated)).isEqualTo(lost);
		assertThat(LostConnection.causedBy(new DataAccessResourceFailureException("no cause"))).isFalse();
	}

	@ParameterizedTest(name = "no SQLSTATE: {0}")
	@CsvSource({ "a failure without a cause" })
	void aFailureWithoutSqlStateIsNotALostConnection(String message) {
		assertThat(LostConnection.causedBy(new SQLException(message))).isFalse();
		assertThat(LostConnection.causedBy(new IllegalStateException(message))).isFalse();
	}

	@Test
	void theRollbackOnAConnectionThePoolFoundBrokenIsALostConnection() {
		// what HikariCP's closed stand-in throws, as Spring's interceptor passes it on
		SQLException standIn = new SQLException("Connection is closed");
		standIn.setStackTrace(new StackTraceElement[] {
				new StackTraceElement("com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection",
						"lambda$getClosedConnection$0", "ProxyConnection.java", 515) });
		RuntimeException rollback = new JpaSystemException(
				new RuntimeException("Unable to rollback against JDBC Connection", standIn));
		assertThat(LostConnection.causedBy(rollback)).isTrue();

		SQLException elsewhere = new SQLException("Connection is closed");
		assertThat(LostConnection.causedBy(elsewhere)).as("the same words from the archive's own code").isFalse();
	}

}
