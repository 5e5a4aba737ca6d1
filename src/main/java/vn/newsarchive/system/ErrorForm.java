package vn.newsarchive.system;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * The form an error of the data API is answered in, by what the client accepts: JSON for
 * API clients (and any client that accepts anything), the archive's error page for a
 * browser following a link (a CSV link), and a plain sentence for the rest (a client
 * asking for CSV alone).
 */
public enum ErrorForm {

	JSON, PAGE, TEXT;

	/** The first form of the client's types, most preferred first; a sentence if none. */
	public static ErrorForm preferred(List<MediaType> accepted) {
		for (MediaType type : accepted) {
			if (type.includes(MediaType.APPLICATION_JSON)) {
				return JSON;
			}
			if (MediaType.TEXT_HTML.equalsTypeAndSubtype(type)
					|| MediaType.APPLICATION_XHTML_XML.equalsTypeAndSubtype(type)) {
				return PAGE;
			}
		}
		return TEXT;
	}

	/**
	 * The form for a raw {@code Accept} header, where Spring MVC's content negotiation
	 * has not run (a servlet filter): its types by quality, a missing header accepting
	 * anything.
	 */
	public static ErrorForm ofAcceptHeader(String header) {
		if (header == null || header.isBlank()) {
			return JSON;
		}
		List<MediaType> types;
		try {
			types = new ArrayList<>(MediaType.parseMediaTypes(header));
		}
		catch (InvalidMediaTypeException ex) {
			return TEXT;
		}
		// a stable sort: equal qualities keep the client's order
		types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
		return preferred(types);
	}

}
