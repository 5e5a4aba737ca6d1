package vn.newsarchive.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import vn.newsarchive.system.AuditedEntity;

/**
 * One person's sign-in to the admin: a BCrypt hash of the password, never the password.
 * An account is disabled rather than deleted, so what it changed keeps a name.
 */
@Entity
@SequenceGenerator(sequenceName = "app_user_id_seq", allocationSize = 1)
@Table(name = "app_user")
public class Account extends AuditedEntity {

	@Column(nullable = false, updatable = false)
	private String username;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AccountRole role;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(name = "password_change_required", nullable = false)
	private boolean passwordChangeRequired;

	protected Account() {
	}

	Account(String username, String passwordHash, AccountRole role, boolean passwordChangeRequired) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
		this.passwordChangeRequired = passwordChangeRequired;
	}

	public String getUsername() {
		return this.username;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public AccountRole getRole() {
		return this.role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public boolean isPasswordChangeRequired() {
		return this.passwordChangeRequired;
	}

	/**
	 * A new password; a one-time password (first admin, reset) must be changed at
	 * sign-in.
	 */
	void setPassword(String passwordHash, boolean oneTime) {
		this.passwordHash = passwordHash;
		this.passwordChangeRequired = oneTime;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

}
