package vn.newsarchive.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator, created at the archive's first start when there is no account
 * yet. Both settings are read only then; afterwards accounts are managed in the admin.
 */
@ConfigurationProperties("archive.admin")
public class AccountProperties {

	/** User name of the first administrator ({@code ARCHIVE_ADMIN_USERNAME}). */
	private String username = "admin";

	/**
	 * Password of the first administrator ({@code ARCHIVE_ADMIN_PASSWORD}). Unset: a
	 * random one-time password is printed once in the log and must be changed at first
	 * sign-in. There is no default password.
	 */
	private String password;

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
