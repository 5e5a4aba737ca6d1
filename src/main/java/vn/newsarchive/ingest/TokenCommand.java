package vn.newsarchive.ingest;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;

import vn.newsarchive.system.ArchiveCommand;

/**
 * {@code token create NAME}: a new API token for a scraper, printed this once (only its
 * hash is kept). Admins list and revoke tokens at /admin/tokens.
 */
@Component
class TokenCommand implements ArchiveCommand {

	private final ApiTokenService tokens;

	private final PrintStream out;

	private final PrintStream err;

	TokenCommand(ApiTokenService tokens) {
		this.tokens = tokens;
		this.out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		this.err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
	}

	@Override
	public String name() {
		return "token";
	}

	@Override
	public int run(String[] args) {
		if (args.length != 2 || !"create".equals(args[0])) {
			this.err.println("Usage: token create NAME (a new API token for POST /api/v1/articles, shown once)");
			return 2;
		}
		String token;
		try {
			token = this.tokens.create(args[1]);
		}
		catch (TokenNameException ex) {
			this.err.println(ex.getMessage());
			return 1;
		}
		this.err.println(
				"API token '" + args[1].strip() + "' (shown only now; send it as 'Authorization: Bearer " + "TOKEN'):");
		this.out.println(token);
		return 0;
	}

}
