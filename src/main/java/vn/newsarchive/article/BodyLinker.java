package vn.newsarchive.article;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits body paragraphs into plain text and links, so a template can print each part
 * with {@code th:text} (escaped) and never has to trust markup. The first occurrence of
 * each target in the body becomes a link; longer terms win over shorter ones they contain
 * ("Lê Minh Hưng" over "Lê Minh").
 */
final class BodyLinker {

	/** A text part of a paragraph; {@code href} is null for plain text. */
	record Segment(String text, String href) {
	}

	/** Something to link: the strings it appears as, and where it lives. */
	record Target(List<String> terms, String href) {
	}

	private record Term(String text, Target target) {
	}

	private BodyLinker() {
	}

	static List<List<Segment>> link(List<String> paragraphs, List<Target> targets) {
		List<Term> terms = targets.stream()
			.flatMap((t) -> t.terms().stream().filter((s) -> s != null && !s.isBlank()).map((s) -> new Term(nfc(s), t)))
			.sorted(Comparator.comparingInt((Term t) -> t.text().length()).reversed())
			.toList();
		Pattern pattern = pattern(terms);
		Set<Target> linked = new HashSet<>();
		List<List<Segment>> result = new ArrayList<>();
		for (String paragraph : paragraphs) {
			result.add((pattern != null) ? split(nfc(paragraph), pattern, terms, linked)
					: List.of(new Segment(paragraph, null)));
		}
		return result;
	}

	private static List<Segment> split(String paragraph, Pattern pattern, List<Term> terms, Set<Target> linked) {
		List<Segment> segments = new ArrayList<>();
		Matcher matcher = pattern.matcher(paragraph);
		int from = 0;
		while (matcher.find()) {
			Target target = targetOf(matcher.group(), terms);
			if (target == null || !linked.add(target)) {
				continue;
			}
			if (matcher.start() > from) {
				segments.add(new Segment(paragraph.substring(from, matcher.start()), null));
			}
			segments.add(new Segment(matcher.group(), target.href()));
			from = matcher.end();
		}
		if (from < paragraph.length()) {
			segments.add(new Segment(paragraph.substring(from), null));
		}
		return segments;
	}

	private static Target targetOf(String found, List<Term> terms) {
		for (Term term : terms) {
			if (term.text().equalsIgnoreCase(found)) {
				return term.target();
			}
		}
		return null;
	}

	/** One alternation, longest first, not inside a longer word or code. */
	private static Pattern pattern(List<Term> terms) {
		if (terms.isEmpty()) {
			return null;
		}
		StringBuilder alternation = new StringBuilder();
		for (Term term : terms) {
			alternation.append((alternation.length() > 0) ? "|" : "").append(Pattern.quote(term.text()));
		}
		return Pattern.compile("(?<![\\p{L}\\p{N}/-])(?:" + alternation + ")(?![\\p{L}\\p{N}/-])",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	private static String nfc(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC);
	}

}
