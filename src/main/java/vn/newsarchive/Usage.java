package vn.newsarchive;

/** What {@code --help} prints: every command of the jar, and the server. */
final class Usage {

	/** The exit code of a command line the archive does not understand. */
	static final int EXIT_USAGE = 2;

	static final String TEXT = """
			Usage: java -jar party-archive.jar [COMMAND] [--setting=value...]

			Commands:
			  (none)              serve the archive on http://localhost:8080 (SERVER_PORT);
			                      settings as --key=value, e.g. --server.port=9090
			  extract PATH...     print what the importer extracts from article files or
			                      folders, as JSON Lines; needs no database
			  import PATH...      import article files or folders into the archive (idempotent);
			                      refuses while the archive runs: use /admin/import then
			  reindex             rebuild the search index from the database
			  token create NAME   print a new API token for POST /api/v1/articles, once
			  help, -h, --help    print this help

			The database is SPRING_DATASOURCE_URL (with _USERNAME and _PASSWORD); unset, the
			archive runs its own embedded PostgreSQL with its data in ./data/postgres.
			Every setting is listed in README.md.
			""";

	private Usage() {
	}

}
