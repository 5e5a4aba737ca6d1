package vn.newsarchive.system;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The language cookie, read leniently: a cookie that does not parse is ignored (it used
 * to answer 500 on every page), and any language but the archive's two reads as
 * Vietnamese, so a made-up cookie can neither break a page nor split the page cache.
 */
class SupportedLocaleResolver extends CookieLocaleResolver {

	static final String COOKIE = "archive-lang";

	private static final Set<String> LANGUAGES = Set.of("vi", "en");

	private static final Locale ENGLISH = Locale.forLanguageTag("en");

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	SupportedLocaleResolver(Locale defaultLocale) {
		super(COOKIE);
		setDefaultLocale(defaultLocale);
		setCookieMaxAge(Duration.ofDays(365));
		setRejectInvalidCookies(false);
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return supported(super.resolveLocale(request));
	}

	@Override
	public LocaleContext resolveLocaleContext(HttpServletRequest request) {
		LocaleContext context = super.resolveLocaleContext(request);
		// read when asked, as the cookie resolver's own: ?lang= changes it mid-request
		return new TimeZoneAwareLocaleContext() {

			@Override
			public Locale getLocale() {
				return supported(context.getLocale());
			}

			@Override
			public TimeZone getTimeZone() {
				return (context instanceof TimeZoneAwareLocaleContext aware) ? aware.getTimeZone() : null;
			}

		};
	}

	@Override
	public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
		Locale chosen = (context != null) ? context.getLocale() : null;
		if (chosen != null && !LANGUAGES.contains(chosen.getLanguage())) {
			return;
		}
		super.setLocaleContext(request, response, context);
	}

	private Locale supported(Locale locale) {
		if (locale == null || !LANGUAGES.contains(locale.getLanguage())) {
			return getDefaultLocale();
		}
		// asked for every message and date of a page: no tag parsed each time
		return "en".equals(locale.getLanguage()) ? ENGLISH : VIETNAMESE;
	}

}
