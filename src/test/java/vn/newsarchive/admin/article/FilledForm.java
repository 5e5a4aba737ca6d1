package vn.newsarchive.admin.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.newsarchive.admin.Editor;
import vn.newsarchive.admin.HtmlPage;

/**
 * A form of a rendered page submitted as a browser would: every field with the value it
 * shows (checked boxes only, the selected option), with some fields changed.
 */
final class FilledForm {

	private final List<Map.Entry<String, String>> fields = new ArrayList<>();

	private FilledForm() {
	}

	static FilledForm of(HtmlPage page, String formSelector) {
		Element form = page.document().selectFirst(formSelector);
		if (form == null) {
			throw new AssertionError("no form " + formSelector);
		}
		FilledForm filled = new FilledForm();
		for (Element field : form.select("input[name], textarea[name], select[name]")) {
			String name = field.attr("name");
			switch (field.tagName()) {
				case "textarea" -> filled.fields.add(Map.entry(name, field.wholeText()));
				case "select" -> {
					Element selected = field.selectFirst("option[selected]");
					filled.fields.add(Map.entry(name, (selected != null) ? selected.val() : ""));
				}
				default -> {
					String type = field.attr("type");
					if ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked")) {
						continue;
					}
					if (!type.equals("submit") && !type.equals("file")) {
						filled.fields.add(Map.entry(name, field.val()));
					}
				}
			}
		}
		return filled;
	}

	/** Sets a field, replacing what the page showed. */
	FilledForm set(String name, String value) {
		this.fields.removeIf((field) -> field.getKey().equals(name));
		this.fields.add(Map.entry(name, value));
		return this;
	}

	/** Ticks a checkbox. */
	FilledForm check(String name) {
		return set(name, "true");
	}

	MockHttpServletRequestBuilder post(String url) {
		MockHttpServletRequestBuilder request = Editor.post(url);
		this.fields.stream().filter((field) -> !field.getKey().equals("_csrf")).forEach((field) -> {
			request.param(field.getKey(), field.getValue());
		});
		return request;
	}

}
