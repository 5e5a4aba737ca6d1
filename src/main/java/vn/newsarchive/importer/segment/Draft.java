package vn.newsarchive.importer.segment;

import java.util.List;

import vn.newsarchive.kernel.PartialDate;

/** The paragraphs of one article and what the passes found so far. */
final class Draft {

	final List<Paragraph> paragraphs;

	final WordLists words;

	String title;

	String source;

	String slugHint;

	PartialDate published;

	PartialDate crawlerDate;

	Draft(List<Paragraph> paragraphs, WordLists words) {
		this.paragraphs = paragraphs;
		this.words = words;
	}

	int size() {
		return this.paragraphs.size();
	}

	Paragraph get(int index) {
		return (index >= 0 && index < this.paragraphs.size()) ? this.paragraphs.get(index) : null;
	}

	/** Index of the first paragraph with this part, or -1. */
	int indexOf(Part part) {
		for (int i = 0; i < this.paragraphs.size(); i++) {
			if (this.paragraphs.get(i).is(part)) {
				return i;
			}
		}
		return -1;
	}

	void offerSource(String candidate) {
		if (this.source == null && candidate != null && !candidate.isBlank()) {
			this.source = candidate;
		}
	}

}
