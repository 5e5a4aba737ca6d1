package vn.newsarchive.account;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Whether the admin's menu offers accounts and tokens (SecurityConfig still decides). */
@ControllerAdvice(basePackages = { "vn.newsarchive.admin", "vn.newsarchive.account", "vn.newsarchive.ingest",
		"vn.newsarchive.history" })
class AccountModel {

	@ModelAttribute("signedInAdmin")
	boolean signedInAdmin() {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		return signedIn != null && signedIn.getAuthorities()
			.stream()
			.anyMatch((authority) -> "ROLE_ADMIN".equals(authority.getAuthority()));
	}

}
