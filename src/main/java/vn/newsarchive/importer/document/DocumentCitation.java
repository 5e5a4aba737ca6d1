package vn.newsarchive.importer.document;

import java.util.List;

/** A document the article cites, with the passages that cite it (in any form). */
public record DocumentCitation(vn.newsarchive.importer.model.DocumentReference document, List<Integer> passages) {

	/** How a meeting report names the document: its code, else its kind and number. */
	public String label() {
		return (this.document.code() != null) ? this.document.code()
				: this.document.kind() + " " + this.document.number();
	}

}
