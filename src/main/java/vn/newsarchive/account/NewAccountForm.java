package vn.newsarchive.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** An admin adding an account: its user name and role; the password is a one-time one. */
public class NewAccountForm {

	@NotBlank(message = "{account.username.invalid}")
	private String username;

	@NotNull
	private AccountRole role = AccountRole.EDITOR;

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public AccountRole getRole() {
		return this.role;
	}

	public void setRole(AccountRole role) {
		this.role = role;
	}

}
