package vn.newsarchive.testdata;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Real accounts for tests that sign in through the form: stored as the archive stores
 * them (a BCrypt hash), ready to use (no one-time password to change).
 */
public final class TestAccounts {

	private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	private TestAccounts() {
	}

	/** Creates the account, or gives an existing one this password, role and state. */
	public static void create(JdbcTemplate jdbc, String username, String password, String role) {
		jdbc.update("""
				INSERT INTO app_user (username, password_hash, role, enabled, password_change_required)
				VALUES (?, ?, ?, TRUE, FALSE)
				ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash, role = EXCLUDED.role,
				    enabled = TRUE, password_change_required = FALSE
				""", username, ENCODER.encode(password), role);
	}

}
