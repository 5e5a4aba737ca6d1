package vn.newsarchive.account;

import java.util.List;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.newsarchive.admin.RecordNotFoundException;
import vn.newsarchive.admin.RefusedEditException;

/**
 * The rules for accounts: admins add, disable, enable and reset them (a new account and a
 * reset get a one-time password, to be changed at the next sign-in); everyone changes
 * their own password, knowing the current one.
 */
@Service
public class AccountService {

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	AccountService(AccountRepository accounts, PasswordEncoder encoder) {
		this.accounts = accounts;
		this.encoder = encoder;
	}

	@Transactional(readOnly = true)
	public Optional<Account> find(String username) {
		return this.accounts.findByUsername(Usernames.normalise(username));
	}

	@Transactional(readOnly = true)
	List<Account> list() {
		return this.accounts.findAllByOrderByUsername();
	}

	/** Adds an account and returns its one-time password. */
	@Transactional
	String create(String username, AccountRole role) {
		String name = Usernames.normalise(username);
		if (!Usernames.isValid(name)) {
			throw new RefusedEditException("account.username.invalid", "username");
		}
		if (this.accounts.existsByUsername(name)) {
			throw new RefusedEditException("account.username.taken", "username");
		}
		String password = Passwords.oneTime();
		this.accounts.save(new Account(name, this.encoder.encode(password), role, true));
		return password;
	}

	/** Gives the account a new one-time password and returns it. */
	@Transactional
	String resetPassword(long id) {
		String password = Passwords.oneTime();
		get(id).setPassword(this.encoder.encode(password), true);
		return password;
	}

	@Transactional
	Account setEnabled(long id, boolean enabled, String actingUser) {
		Account account = get(id);
		if (!enabled && account.getUsername().equals(Usernames.normalise(actingUser))) {
			throw new RefusedEditException("account.disable.self", null);
		}
		account.setEnabled(enabled);
		return account;
	}

	@Transactional
	void changePassword(String username, String current, String chosen) {
		Account account = find(username).orElseThrow(() -> new IllegalStateException("no account " + username));
		if (current == null || !this.encoder.matches(current, account.getPasswordHash())) {
			throw new RefusedEditException("account.password.wrong", "current");
		}
		String problem = Passwords.problemWith(chosen);
		if (problem != null) {
			throw new RefusedEditException(problem, "chosen");
		}
		if (chosen.equals(current)) {
			throw new RefusedEditException("account.password.same", "chosen");
		}
		account.setPassword(this.encoder.encode(chosen), false);
	}

	private Account get(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new RecordNotFoundException("account", id));
	}

}
