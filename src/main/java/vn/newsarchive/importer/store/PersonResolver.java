package vn.newsarchive.importer.store;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.newsarchive.person.Person;
import vn.newsarchive.system.Slugs;

/**
 * One Person per real person across articles: the name key makes NFC/NFD, stray spaces,
 * capitals and the two tone placements the same person; other spellings are kept as
 * aliases.
 */
@Component
class PersonResolver {

	private final JdbcTemplate jdbc;

	private final EntityManager entityManager;

	private final IdentityClaims claims;

	PersonResolver(JdbcTemplate jdbc, EntityManager entityManager, IdentityClaims claims) {
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		this.claims = claims;
	}

	Person resolve(String writtenName) {
		return resolveAll(List.of(writtenName)).get(writtenName);
	}

	/**
	 * The person behind each written name, found by name key (all of them in one query),
	 * else by an alias an editor kept, else new.
	 */
	Map<String, Person> resolveAll(Collection<String> writtenNames) {
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, String> keys = new HashMap<>();
		for (String written : writtenNames) {
			names.put(written, displayName(written));
			keys.put(written, PersonNameKey.of(names.get(written)));
		}
		Map<String, Person> byKey = new HashMap<>();
		if (!keys.isEmpty()) {
			for (Person person : load("select id from person where name_key = any(cast(? as text[])) order by id",
					Set.copyOf(keys.values()))) {
				byKey.put(person.getNameKey(), person);
			}
		}
		// new names are claimed in key order, so two writers never wait on each other in
		// a cycle
		for (String key : new TreeSet<>(keys.values())) {
			if (!byKey.containsKey(key)) {
				String name = names.get(writtenWithKey(keys, key));
				byKey.put(key,
						load("select distinct person_id from person_alias where lower(alias) = lower(?)"
								+ " order by person_id", name)
							.stream()
							.findFirst()
							.orElseGet(() -> this.claims.person(name, key, Slugs.of(name))));
			}
		}
		Map<String, Person> resolved = new LinkedHashMap<>();
		for (String written : names.keySet()) {
			String name = names.get(written);
			Person person = byKey.get(keys.get(written));
			if (!person.getName().equals(name) && !isAllCapitals(written)) {
				this.claims.alias(person, name);
			}
			resolved.put(written, person);
		}
		return resolved;
	}

	/**
	 * The persons a look-up by id finds. Read with JDBC, then loaded by id: a query
	 * through Hibernate would first dirty-check everything the article's transaction
	 * holds (and have the search index resolve it), once per look-up, although persons
	 * and aliases are only ever written here by JDBC (IdentityClaims), never left pending
	 * in the session.
	 */
	private List<Person> load(String idQuery, Object parameter) {
		Object bound = (parameter instanceof Collection<?> values) ? values.toArray(String[]::new) : parameter;
		List<Long> ids = this.jdbc.queryForList(idQuery, Long.class, bound);
		if (ids.isEmpty()) {
			return List.of();
		}
		// null for a person an editor's merge deleted since: not found, as the query
		// would
		// have had it
		return this.entityManager.unwrap(Session.class)
			.findMultiple(Person.class, ids)
			.stream()
			.filter(Objects::nonNull)
			.toList();
	}

	private static String writtenWithKey(Map<String, String> keys, String key) {
		return keys.entrySet().stream().filter((e) -> e.getValue().equals(key)).findFirst().orElseThrow().getKey();
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
