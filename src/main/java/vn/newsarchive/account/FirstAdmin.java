package vn.newsarchive.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import vn.newsarchive.system.ArchiveProperties;

/**
 * At the first start (no account yet) creates the administrator, with the password from
 * {@code ARCHIVE_ADMIN_PASSWORD} or, when that is unset, a random one-time password
 * printed once in the log and to be changed at the first sign-in. There is no default
 * password an attacker could guess.
 */
@Component
@ConditionalOnWebApplication
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final ArchiveProperties.Admin properties;

	FirstAdmin(AccountRepository accounts, PasswordEncoder encoder, ArchiveProperties.Admin properties) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		createIfNoAccount();
	}

	/** Creates the first administrator unless an account exists; true when it did. */
	boolean createIfNoAccount() {
		if (this.accounts.count() > 0) {
			return false;
		}
		String username = Usernames.normalise(this.properties.username());
		if (!Usernames.isValid(username)) {
			throw new IllegalStateException("ARCHIVE_ADMIN_USERNAME '" + this.properties.username()
					+ "' is no valid user name (letters, digits, '.', '_' or '-', 2 to 100 characters)");
		}
		String chosen = this.properties.password();
		boolean oneTime = chosen == null || chosen.isBlank();
		String password = oneTime ? Passwords.oneTime() : chosen;
		try {
			this.accounts.save(new Account(username, this.encoder.encode(password), AccountRole.ADMIN, oneTime));
		}
		catch (DataIntegrityViolationException ex) {
			return false; // another instance starting at the same time created it
		}
		if (oneTime) {
			log.warn(
					"First start: created the administrator '{}' with the one-time password {} "
							+ "(shown only this once; it must be changed at the first sign-in at /login). "
							+ "Set ARCHIVE_ADMIN_PASSWORD before the first start to choose it instead.",
					username, password);
		}
		else {
			log.info("First start: created the administrator '{}' with the password from ARCHIVE_ADMIN_PASSWORD.",
					username);
		}
		return true;
	}

}
