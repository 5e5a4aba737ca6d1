package vn.newsarchive.importer.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A caption's credit split into people and agencies: {@code VGP/Minh Ngọc} is the agency
 * VGP and the photographer Minh Ngọc; {@code Phương Hoa/TTXVN} the reverse; {@code TTXVN}
 * an agency only. Photographers are credits, never subjects of the story.
 */
public record PhotoCredit(List<String> people, List<String> agencies) {

	private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:/|,|;|\\s[-–—]\\s|\\svà\\s)\\s*");

	public static PhotoCredit parse(String credit) {
		return parse(credit, WordLists.defaults());
	}

	public static PhotoCredit parse(String credit, WordLists words) {
		List<String> people = new ArrayList<>();
		List<String> agencies = new ArrayList<>();
		if (credit != null) {
			for (String part : SEPARATORS.split(credit.strip())) {
				String name = part.strip();
				if (name.isEmpty()) {
					continue;
				}
				String agency = words.agency(name);
				if (agency != null) {
					agencies.add(agency);
				}
				else if (NameLines.isName(name)) {
					people.add(name);
				}
			}
		}
		return new PhotoCredit(List.copyOf(people), List.copyOf(agencies));
	}

}
