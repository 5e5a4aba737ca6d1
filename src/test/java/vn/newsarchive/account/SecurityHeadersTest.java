package vn.newsarchive.account;

import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.newsarchive.testdata.ImportedSeedsWebTest;
import vn.newsarchive.testdata.RawHttp;
import vn.newsarchive.testdata.RawHttp.Answer;
import vn.newsarchive.testdata.SignIn;
import vn.newsarchive.testdata.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, failure 9: no Referrer-Policy or Permissions-Policy, a session cookie without
 * SameSite and never Secure behind a TLS proxy, and a session for every anonymous GET of
 * the sign-in form.
 */
class SecurityHeadersTest extends ImportedSeedsWebTest {

	@Test
	void pagesSayWhatTheBrowserMayShareAndUse() {
		for (String path : new String[] { "/", "/login", "/bai-viet" }) {
			Answer answer = RawHttp.get(this.port, path);
			assertThat(answer.header("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
			assertThat(answer.header("Permissions-Policy")).as(path).contains("camera=()").contains("geolocation=()");
		}
	}

	@Test
	void anAnonymousSignInFormCreatesNoSession() {
		Answer form = RawHttp.get(this.port, "/login");
		assertThat(form.status()).isEqualTo(200);
		assertThat(cookies(form)).doesNotContain("JSESSIONID");
		assertThat(form.body()).contains("name=\"_csrf\"");
	}

	@Test
	void theSessionCookieIsSameSiteAndSecureBehindATlsProxy() {
		TestAccounts.create(this.jdbc, "cookie-editor", "mật khẩu thử cookie", "EDITOR");
		String session = SignIn.sessionCookie(this.port, "cookie-editor", "mật khẩu thử cookie");
		assertThat(session).startsWith("JSESSIONID=");

		Answer direct = RawHttp.get(this.port, "/admin", "Cookie", "JSESSIONID=none");
		Answer proxied = RawHttp.get(this.port, "/admin", "Cookie", "JSESSIONID=none", "X-Forwarded-Proto", "https",
				"X-Forwarded-For", "203.0.113.9");
		assertThat(direct.status()).isEqualTo(302);
		assertThat(proxied.header("Location")).startsWith("https://");
		Map<String, String> both = Map.of("direct", cookies(direct), "proxied", cookies(proxied));
		assertThat(both.get("direct")).contains("JSESSIONID")
			.containsIgnoringCase("SameSite=Lax")
			.doesNotContain("Secure");
		assertThat(both.get("proxied")).contains("JSESSIONID").containsIgnoringCase("SameSite=Lax").contains("Secure");
	}

	private static String cookies(Answer answer) {
		String cookie = answer.header("Set-Cookie");
		return (cookie != null) ? cookie : "";
	}

}
