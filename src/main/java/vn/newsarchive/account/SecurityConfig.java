package vn.newsarchive.account;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

import vn.newsarchive.ingest.ApiTokenFilter;
import vn.newsarchive.ingest.ApiTokenService;

/**
 * Every security decision of the archive. Reading is public. The admin needs an account
 * signed in through the form (no HTTP Basic): EDITOR edits, ADMIN also manages accounts,
 * API tokens and the audit log. Sign-in is throttled per account and per address. The API
 * ({@code /api/v1/**}) is stateless, with no CSRF (no browser session to forge requests
 * with): reading it (GET, the researchers' data API) is public, writing (POST, scrapers'
 * ingest) needs a bearer token.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfig {

	static final String LOGIN = "/login";

	/** An archive of texts needs none of the browser's powerful features. */
	static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "interest-cohort=(), browsing-topics=()";

	@Bean
	@Order(1)
	SecurityFilterChain ingestApi(HttpSecurity http, ApiTokenService tokens, MessageSource messages) throws Exception {
		ApiTokenFilter bearer = new ApiTokenFilter(tokens, messages);
		http.securityMatcher("/api/v1/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.GET, "/api/v1/**")
				.permitAll()
				.anyRequest()
				.hasRole(ApiTokenService.ROLE))
			.addFilterBefore(bearer, AnonymousAuthenticationFilter.class)
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(bearer)
				.accessDeniedHandler((request, response, denied) -> bearer.commence(request, response, null)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain site(HttpSecurity http, SignInThrottle throttle, AccountService accounts) throws Exception {
		SignInThrottleFilter throttled = new SignInThrottleFilter(throttle, LOGIN);
		http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers("/admin/users/**", "/admin/tokens/**", "/admin/audit/**")
					.hasRole("ADMIN")
					.requestMatchers("/admin", "/admin/**")
					.hasRole("EDITOR")
					.anyRequest()
					.permitAll())
			.formLogin((form) -> form.loginPage(LOGIN)
				.successHandler(throttled.successHandler("/admin"))
				.failureHandler(throttled.failureHandler())
				.permitAll())
			.addFilterBefore(throttled, UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(new AccountStateFilter(accounts), AuthorizationFilter.class)
			.logout((logout) -> logout.logoutSuccessUrl("/"))
			.csrf((csrf) -> csrf.csrfTokenRepository(new SessionlessLoginCsrf()))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp
					.policyDirectives("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'"))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS)));
		return http.build();
	}

	/** An admin may do whatever an editor may. */
	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix().role("ADMIN").implies("EDITOR").build();
	}

}
