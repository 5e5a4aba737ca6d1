package vn.newsarchive.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks the signed-in account on every admin request, so a change an admin makes takes
 * effect at once: a disabled account is signed out, and an account holding a one-time
 * password can do nothing in the admin but choose its own password.
 */
public class AccountStateFilter extends OncePerRequestFilter {

	public static final String PASSWORD_PAGE = "/admin/account/password";

	private final AccountService accounts;

	public AccountStateFilter(AccountService accounts) {
		this.accounts = accounts;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !(path.equals("/admin") || path.startsWith("/admin/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		Account account = (signedIn == null || signedIn instanceof AnonymousAuthenticationToken) ? null
				: this.accounts.find(signedIn.getName()).orElse(null);
		if (account != null && !account.isEnabled()) {
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			response.sendRedirect(request.getContextPath() + "/login?disabled");
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (account != null && account.isPasswordChangeRequired() && !path.equals(PASSWORD_PAGE)) {
			response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
			return;
		}
		chain.doFilter(request, response);
	}

}
