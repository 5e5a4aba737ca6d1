package vn.newsarchive.importer.segment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place some sites print before the lede, glued to its first word when the page is
 * scraped ({@code Tuyên QuangTổng Bí thư ...}): two to four capitalised syllables whose
 * last runs straight into a capital letter.
 */
final class LedePlace {

	private static final Pattern GLUED = Pattern
		.compile("^(?:\\p{Lu}\\p{Ll}*\\s){1,3}\\p{Lu}\\p{Ll}+(?=\\p{Lu}\\p{Ll}*[\\s,])");

	private LedePlace() {
	}

	/** The lede without a place glued before it. */
	static String strip(String lede) {
		Matcher matcher = GLUED.matcher(lede);
		return matcher.find() ? lede.substring(matcher.end()) : lede;
	}

}
