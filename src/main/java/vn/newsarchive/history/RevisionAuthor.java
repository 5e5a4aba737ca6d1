package vn.newsarchive.history;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who made a change: the signed-in editor, or the API token (whose authentication is
 * named after the token); with nobody signed in, the {@code import} command or the first
 * start's seeding.
 */
public final class RevisionAuthor {

	public static final String IMPORTER = "importer";

	private RevisionAuthor() {
	}

	public static String current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken || authentication.getName() == null) {
			return IMPORTER;
		}
		return authentication.getName();
	}

}
