package vn.newsarchive.importer.store;

import java.text.Normalizer;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.newsarchive.person.Person;
import vn.newsarchive.person.PersonRepository;
import vn.newsarchive.system.Slugs;

/**
 * One Person per real person across articles: the name key makes NFC/NFD, stray spaces,
 * capitals and the two tone placements the same person; other spellings are kept as
 * aliases.
 */
@Component
class PersonResolver {

	private final PersonRepository persons;

	PersonResolver(PersonRepository persons) {
		this.persons = persons;
	}

	Person resolve(String writtenName) {
		String name = displayName(writtenName);
		String key = PersonNameKey.of(name);
		Person person = this.persons.findByNameKey(key)
			.or(() -> this.persons.findByAlias(name).stream().findFirst())
			.orElseGet(() -> this.persons.save(new Person(name, key, Slugs.of(name))));
		if (!person.getName().equals(name) && !isAllCapitals(writtenName)) {
			person.getAliases().add(name);
		}
		return person;
	}

	/** NFC, single spaces, and "TRƯƠNG THỊ MAI" from a headline as "Trương Thị Mai". */
	static String displayName(String writtenName) {
		String name = Normalizer.normalize(writtenName, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
		if (!isAllCapitals(name)) {
			return name;
		}
		StringBuilder result = new StringBuilder();
		for (String syllable : name.toLowerCase(Locale.ROOT).split(" ")) {
			if (!result.isEmpty()) {
				result.append(' ');
			}
			result.append(syllable.substring(0, 1).toUpperCase(Locale.ROOT)).append(syllable.substring(1));
		}
		return result.toString();
	}

	private static boolean isAllCapitals(String name) {
		return name.equals(name.toUpperCase(Locale.ROOT)) && !name.equals(name.toLowerCase(Locale.ROOT));
	}

}
