package vn.newsarchive.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import vn.newsarchive.kernel.VietnameseText;

/**
 * The persons of the synthetic corpus: the real names of the seeds and the development
 * set first (so they are the most cited), then names composed of real family, middle and
 * given names, which brings pairs that differ only by diacritics (Hưng, Hùng) as real
 * archives have them.
 */
final class SyntheticPeople {

	private SyntheticPeople() {
	}

	static List<SyntheticPerson> generate(CorpusVocabulary vocabulary, Random random, int count) {
		Map<String, String> names = new LinkedHashMap<>();
		vocabulary.realNames().forEach((name) -> names.putIfAbsent(VietnameseText.personKey(name), name));
		List<String> family = vocabulary.familyNames();
		while (names.size() < count) {
			// the first family names of the list (Nguyễn, Trần, Lê, ...) are the common
			// ones
			StringBuilder name = new StringBuilder(
					family.get((int) (family.size() * Math.pow(random.nextDouble(), 2.5))));
			int middles = (random.nextInt(5) == 0) ? 2 : 1;
			for (int i = 0; i < middles; i++) {
				name.append(' ').append(pick(vocabulary.middleNames(), random));
			}
			name.append(' ').append(pick(vocabulary.givenNames(), random));
			names.putIfAbsent(VietnameseText.personKey(name.toString()), name.toString());
		}
		List<SyntheticPerson> persons = new ArrayList<>(names.size());
		List<List<String>> chains = vocabulary.titleChains();
		for (String name : names.values()) {
			persons.add(new SyntheticPerson(persons.size() + 1, name, chains.get(random.nextInt(chains.size()))));
		}
		return List.copyOf(persons);
	}

	private static String pick(List<String> words, Random random) {
		return words.get(random.nextInt(words.size()));
	}

}
