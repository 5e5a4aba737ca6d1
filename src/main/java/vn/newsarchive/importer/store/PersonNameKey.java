package vn.newsarchive.importer.store;

import vn.newsarchive.kernel.VietnameseText;

/**
 * The key that makes two spellings of a name the same person (diacritics kept: Hưng ≠
 * Hùng).
 */
final class PersonNameKey {

	private PersonNameKey() {
	}

	static String of(String name) {
		return VietnameseText.personKey(name);
	}

}
