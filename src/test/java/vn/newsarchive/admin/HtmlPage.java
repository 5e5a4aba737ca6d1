package vn.newsarchive.admin;

import java.io.UnsupportedEncodingException;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.test.web.servlet.MvcResult;

/**
 * A rendered page, read as a browser would: what a form field shows, what a page says.
 */
public final class HtmlPage {

	private final Document document;

	private HtmlPage(Document document) {
		this.document = document;
	}

	public static HtmlPage of(MvcResult result) throws UnsupportedEncodingException {
		return new HtmlPage(Jsoup.parse(result.getResponse().getContentAsString()));
	}

	/** What the field of that name shows: an input's value, a textarea's text. */
	public String field(String name) {
		Element element = this.document.getElementsByAttributeValue("name", name).first();
		if (element == null) {
			throw new AssertionError("no field " + name);
		}
		if (element.tagName().equals("select")) {
			Element selected = element.selectFirst("option[selected]");
			return (selected != null) ? selected.val() : "";
		}
		return element.tagName().equals("textarea") ? element.wholeText() : element.val();
	}

	/** The text of the page's main content, without markup. */
	public String text() {
		Element main = this.document.selectFirst("main");
		return (main != null) ? main.text() : this.document.text();
	}

	public Document document() {
		return this.document;
	}

}
