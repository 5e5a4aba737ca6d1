package vn.newsarchive.importer.decode;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Saved web pages: the text of the body's block elements, one per line with a blank line
 * between blocks, as a scraper would have written it. Scripts, styles and the page's
 * navigation, header and footer are dropped.
 */
final class HtmlTextExtractor {

	private static final Pattern TAG = Pattern.compile("<(?:[a-zA-Z][a-zA-Z0-9]*|/[a-zA-Z][a-zA-Z0-9]*)[\\s>/]");

	private static final Pattern HTML_START = Pattern.compile(
			"^\\s*(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body)\\b",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final String DROPPED = "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, "
			+ "button, select, object, [hidden], [aria-hidden=true]";

	private static final Set<String> LINE_BREAKS = Set.of("br", "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6",
			"tr", "td", "th", "dd", "dt", "figcaption", "figure", "blockquote", "pre", "article", "section", "main",
			"table", "ul", "ol", "dl", "address", "hr", "caption", "summary", "details", "time");

	private HtmlTextExtractor() {
	}

	/** A page starts like one, or its text is dense with tags. */
	static boolean looksLikeHtml(String text, String fileName) {
		// every sign of a page below holds a tag, so plain text (no "<") is none
		if (text.indexOf('<') < 0) {
			return false;
		}
		String name = (fileName != null) ? fileName.toLowerCase(Locale.ROOT) : "";
		if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
			return text.indexOf('<') >= 0;
		}
		String head = (text.length() > 4096) ? text.substring(0, 4096) : text;
		if (HTML_START.matcher(head).find() || head.toLowerCase(Locale.ROOT).contains("<body")) {
			return true;
		}
		int tags = 0;
		var matcher = TAG.matcher(head);
		while (matcher.find() && tags < 10) {
			tags++;
		}
		return tags >= 10;
	}

	/** The body text, one block per paragraph; blank when the page has no body text. */
	static String extract(String html) {
		Document document = Jsoup.parse(html);
		Element body = document.body();
		body.select(DROPPED).remove();
		StringBuilder out = new StringBuilder(html.length() / 4);
		NodeTraversor.traverse(new NodeVisitor() {
			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode text) {
					out.append(text.text());
				}
				else if (node instanceof Element element && LINE_BREAKS.contains(element.normalName())) {
					breakLine(out, element.normalName());
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element element && LINE_BREAKS.contains(element.normalName())) {
					breakLine(out, element.normalName());
				}
			}
		}, body);
		return out.toString();
	}

	private static void breakLine(StringBuilder out, String tag) {
		if (tag.equals("br")) {
			out.append('\n');
		}
		else if (out.length() > 0 && !endsWithBlankLine(out)) {
			out.append("\n\n");
		}
	}

	private static boolean endsWithBlankLine(StringBuilder out) {
		int end = out.length();
		while (end > 0 && out.charAt(end - 1) == ' ') {
			end--;
		}
		return end >= 2 && out.charAt(end - 1) == '\n' && out.charAt(end - 2) == '\n';
	}

}
