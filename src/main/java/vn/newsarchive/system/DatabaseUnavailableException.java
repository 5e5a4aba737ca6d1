package vn.newsarchive.system;

/** No PostgreSQL server could be used for the archive; the message says what to do. */
public class DatabaseUnavailableException extends RuntimeException {

	public DatabaseUnavailableException(String url, Throwable cause) {
		super("Cannot reach the archive database at " + url + " (" + cause.getMessage()
				+ "): start that PostgreSQL server or correct SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and "
				+ "SPRING_DATASOURCE_PASSWORD (unset SPRING_DATASOURCE_URL to run on the archive's embedded PostgreSQL "
				+ "in ./data/postgres).", cause);
	}

}
