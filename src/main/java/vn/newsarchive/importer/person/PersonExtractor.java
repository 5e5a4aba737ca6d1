package vn.newsarchive.importer.person;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.newsarchive.importer.model.PersonMention;
import vn.newsarchive.importer.text.ArticleText;
import vn.newsarchive.importer.text.Passage;
import vn.newsarchive.kernel.VietnameseText;
import vn.newsarchive.kernel.WordList;

/**
 * Finds the people an article names, each once, with the richest title chain the article
 * gives them. Thread-safe: all state is built once in the constructor.
 */
public final class PersonExtractor {

	/** "các Phó Thủ tướng A, B và C": a plural title before a list of names. */
	private static final Pattern PLURAL_BEFORE = Pattern.compile("(?:^|\\s)(?:các|những)\\s+$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern LIST_GAP = Pattern.compile("\\s*(?:,|và|,\\s*và)\\s*");

	private final NameFinder finder;

	private final TitleVocabulary words;

	private final TitleChainReader chains;

	private final GroupHeaders groupHeaders;

	private final ElectedTitle elected;

	private final AppointedTitle appointed;

	private final DecisionTargetPosts decisionTargets;

	private final TitleBeforeIs titleBeforeIs;

	private final ListedNames listedNames;

	private final CapitalNames capitalNames;

	private final NamedPlaces places;

	public PersonExtractor() {
		this.words = TitleVocabulary.load();
		this.finder = new NameFinder(WordList.load("family-names.txt"), WordList.load("family-names-also-words.txt"),
				WordList.load("place-names.txt"), this.words.head);
		this.chains = new TitleChainReader(this.words);
		this.groupHeaders = new GroupHeaders(this.words, this.chains);
		this.elected = new ElectedTitle(this.chains);
		PostWording wording = new PostWording(this.words);
		this.appointed = new AppointedTitle(this.words, this.chains, wording);
		this.decisionTargets = new DecisionTargetPosts(this.words, this.chains, wording);
		this.titleBeforeIs = new TitleBeforeIs(this.words, this.chains);
		this.listedNames = new ListedNames(this.words);
		this.capitalNames = new CapitalNames(WordList.load("family-names.txt"));
		this.places = new NamedPlaces();
	}

	public List<PersonMention> extract(ArticleText article) {
		return mentions(occurrences(article));
	}

	/** Every accepted mention, in reading order. */
	public List<PersonOccurrence> occurrences(ArticleText article) {
		List<PersonOccurrence> found = new ArrayList<>();
		String previous = "";
		for (Passage passage : article.passages()) {
			if (!VietnameseText.isShouting(passage.text())) {
				found.addAll(occurrences(passage, previous));
			}
			previous = passage.text();
		}
		return found;
	}

	/**
	 * One mention per person (by key), in order of first mention, with the longest chain.
	 */
	public List<PersonMention> mentions(List<PersonOccurrence> occurrences) {
		return PersonMentions.of(occurrences);
	}

	/** The mentions of one passage; {@code previous} is the text of the one before it. */
	private List<PersonOccurrence> occurrences(Passage passage, String previous) {
		String text = this.capitalNames.titleCased(passage.text());
		List<NameSpan> candidates = this.finder.find(text)
			.stream()
			.filter((n) -> !this.places.isPlaceName(text, n))
			.toList();
		List<NameSpan> sure = candidates.stream().filter(NameSpan::isSure).toList();
		List<NameSpan> accepted = new ArrayList<>();
		for (NameSpan name : candidates) {
			if (name.isSure() || hasContext(text, name, sure)) {
				accepted.add(name);
			}
		}
		List<PersonOccurrence> result = new ArrayList<>();
		List<ListedNames.Reading> readings = new ArrayList<>();
		GroupHeaders.Sharing groups = this.groupHeaders.sharing(text, previous, accepted);
		List<String> shared = List.of();
		int previousChainEnd = 0;
		for (int i = 0; i < accepted.size(); i++) {
			NameSpan name = accepted.get(i);
			int floor = (i > 0) ? accepted.get(i - 1).end() : 0;
			int limit = (i + 1 < accepted.size()) ? accepted.get(i + 1).start() : text.length();
			// titles the previous name's chain took are not this name's too ("A - Tổng
			// Tham
			// mưu trưởng, Thượng tướng B")
			List<String> ownBefore = this.chains.before(text, name.start(), Math.max(floor, previousChainEnd));
			List<String> titles = new ArrayList<>(
					TitleSet.merge(this.titleBeforeIs.before(text, name.start(), floor), ownBefore));
			if (titles.isEmpty() && !shared.isEmpty()
					&& LIST_GAP.matcher(text.substring(floor, name.start())).matches()) {
				titles.addAll(shared);
			}
			else {
				shared = isPlural(text, floor, name.start(), titles) ? List.copyOf(titles) : List.of();
			}
			TitleChain after = this.chains.after(text, name.end(), limit);
			// a post elected to right after the chain is held from the election on
			// (session 15)
			List<String> elected = this.elected.after(text, after.titles().isEmpty() ? name.end() : after.end(), limit);
			titles.addAll(after.titles());
			titles = new ArrayList<>(TitleSet.merge(titles, elected));
			titles = groups.titlesFor(name, ownBefore, titles);
			// posts an appointment sentence gives or takes; a fuller wording replaces
			// the chain's ("Phó Bí thư Tỉnh ủy" appointed "Phó Bí thư Tỉnh ủy Phú Thọ")
			TitleChain appointment = this.appointed.after(text, Math.max(name.end(), after.end()), limit);
			titles = TitleSet.merge(TitleSet.merge(titles, this.decisionTargets.before(text, name.start(), floor)),
					appointment.titles());
			if (elected.isEmpty() && !appointment.titles().isEmpty()) {
				// "A đang giữ chức vụ X được bầu làm Y": elected after the post held
				elected = this.elected.after(text, appointment.end(), limit);
				titles = TitleSet.merge(titles, elected);
			}
			previousChainEnd = Math.max(after.end(), appointment.end());
			readings.add(new ListedNames.Reading(name, !after.titles().isEmpty(), after.end(),
					TitleSet.merge(elected, appointment.titles())));
			String clean = VietnameseText.clean(name.name());
			result.add(new PersonOccurrence(clean, VietnameseText.key(clean), List.copyOf(titles), passage.index(),
					name.start(), name.end(), after.end()));
		}
		return withListedPosts(text, result, readings);
	}

	/** Each name of a list ("A và B được bầu làm X") with the post given to the last. */
	private List<PersonOccurrence> withListedPosts(String text, List<PersonOccurrence> found,
			List<ListedNames.Reading> readings) {
		List<List<String>> shared = this.listedNames.shared(text, readings);
		List<PersonOccurrence> result = new ArrayList<>(found.size());
		for (int i = 0; i < found.size(); i++) {
			PersonOccurrence o = found.get(i);
			result.add(shared.get(i).isEmpty() ? o : new PersonOccurrence(o.name(), o.key(),
					TitleSet.merge(o.titles(), shared.get(i)), o.passage(), o.start(), o.end(), o.chainEnd()));
		}
		return result;
	}

	private static boolean isPlural(String text, int floor, int nameStart, List<String> titles) {
		if (titles.isEmpty()) {
			return false;
		}
		int at = text.lastIndexOf(titles.get(0), nameStart);
		return at >= floor && PLURAL_BEFORE.matcher(text).region(Math.max(floor, at - 12), at).find();
	}

	/**
	 * A two-syllable name ("Tô Lâm", "Hà Ban") counts only next to an honorific or a
	 * title.
	 */
	private boolean hasContext(String text, NameSpan name, List<NameSpan> sure) {
		int floor = 0;
		int limit = text.length();
		for (NameSpan other : sure) {
			if (other.end() <= name.start()) {
				floor = Math.max(floor, other.end());
			}
			else if (other.start() >= name.end()) {
				limit = Math.min(limit, other.start());
			}
		}
		return this.words.honorificRightBefore(text, floor, name.start())
				|| this.listedNames.endsListOfSureNames(text, name, sure)
				|| startsUpperCase(this.chains.before(text, name.start(), floor))
				|| !this.chains.after(text, name.end(), limit).titles().isEmpty();
	}

	private static boolean startsUpperCase(List<String> titles) {
		return !titles.isEmpty() && Character.isUpperCase(titles.get(titles.size() - 1).charAt(0));
	}

}
