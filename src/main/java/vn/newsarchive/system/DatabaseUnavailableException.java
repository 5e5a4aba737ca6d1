package vn.newsarchive.system;

/** No PostgreSQL server could be used for the archive; the message says what to do. */
public class DatabaseUnavailableException extends RuntimeException {

	public DatabaseUnavailableException(String url, Throwable cause) {
		super("Cannot reach the archive database at " + url + " (" + cause.getMessage()
				+ "): start PostgreSQL (or run 'docker compose up -d db') or set SPRING_DATASOURCE_URL, "
				+ "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.", cause);
	}

}
