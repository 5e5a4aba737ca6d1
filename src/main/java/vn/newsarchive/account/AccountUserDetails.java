package vn.newsarchive.account;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Sign-in reads accounts from PostgreSQL; a disabled account cannot sign in. */
@Component
class AccountUserDetails implements UserDetailsService {

	private final AccountService accounts;

	AccountUserDetails(AccountService accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Account account = this.accounts.find(username)
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
		return User.withUsername(account.getUsername())
			.password(account.getPasswordHash())
			.roles(account.getRole().name())
			.disabled(!account.isEnabled())
			.build();
	}

}
