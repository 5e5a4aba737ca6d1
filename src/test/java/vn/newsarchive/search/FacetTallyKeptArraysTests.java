package vn.newsarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.newsarchive.search.ArticleFields.*;

/**
 * The tally's id-sized arrays are kept between searches: searches in a row over segments
 * whose persons and documents have sparse ids, as the archive's have, each count exactly
 * their own hits.
 */
class FacetTallyKeptArraysTests {

	/** One article: its tag (what the queries ask for), facets and source. */
	private record Article(int tag, int year, Set<Long> persons, Set<Long> documents, String source) {
	}

	@Test
	void searchesInARowEachCountTheirOwnHits() throws IOException {
		Random random = new Random(17);
		List<Article> articles = new ArrayList<>();
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
				for (int i = 0; i < 900; i++) {
					Article article = article(random);
					articles.add(article);
					writer.addDocument(document(article));
					if (i % 300 == 299) {
						// three segments
						writer.commit();
					}
				}
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				for (int search = 0; search < 60; search++) {
					int a = random.nextInt(8);
					int b = random.nextInt(8);
					BooleanQuery query = new BooleanQuery.Builder()
						.add(new TermQuery(new Term("tag", String.valueOf(a))), Occur.SHOULD)
						.add(new TermQuery(new Term("tag", String.valueOf(b))), Occur.SHOULD)
						.build();
					List<Article> hits = articles.stream().filter((x) -> x.tag() == a || x.tag() == b).toList();
					FacetTally tally = searcher.search(query, FacetTally.manager());
					String what = "search " + search + ", tags " + a + " and " + b;
					assertThat(tally.hits()).as(what).isEqualTo(hits.size());
					assertThat(tally.persons(10)).as(what)
						.containsExactlyEntriesOf(top(hits.stream().flatMap((x) -> x.persons().stream()).toList()));
					assertThat(tally.documents(10)).as(what)
						.containsExactlyEntriesOf(top(hits.stream().flatMap((x) -> x.documents().stream()).toList()));
					assertThat(tally.years(30).keySet()).as(what)
						.containsExactlyElementsOf(
								new TreeSet<>(hits.stream().map(Article::year).toList()).descendingSet());
					tally.release();
				}
			}
		}
	}

	private static Article article(Random random) {
		Set<Long> persons = new TreeSet<>();
		Set<Long> documents = new TreeSet<>();
		for (int i = random.nextInt(4); i > 0; i--) {
			// ids fifty apart, up to about 150,000, as pooled sequences give them
			persons.add(50L * random.nextInt(3_000) + 1);
		}
		for (int i = random.nextInt(3); i > 0; i--) {
			documents.add(50L * random.nextInt(2_700) + 1);
		}
		// a few persons in many articles, so that the top ten are not ties alone
		if (random.nextInt(3) == 0) {
			persons.add(149_901L - 50L * random.nextInt(5));
		}
		return new Article(random.nextInt(8), 2015 + random.nextInt(11), persons, documents,
				"source " + random.nextInt(6));
	}

	private static Document document(Article article) {
		Document document = new Document();
		document.add(new StringField("tag", String.valueOf(article.tag()), Field.Store.NO));
		document.add(new SortedNumericDocValuesField(YEAR, article.year()));
		article.persons().forEach((id) -> document.add(new SortedNumericDocValuesField(PERSON_ID, id)));
		article.documents().forEach((id) -> document.add(new SortedNumericDocValuesField(DOCUMENT_ID, id)));
		document.add(new SortedSetDocValuesField(SOURCE, new BytesRef(article.source())));
		return document;
	}

	/** The ten values counted most, most first, then the smaller value. */
	private static Map<Long, Long> top(List<Long> values) {
		Map<Long, Long> counts = new HashMap<>();
		values.forEach((value) -> counts.merge(value, 1L, Long::sum));
		Map<Long, Long> top = new LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<Long, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(10)
			.forEach((e) -> top.put(e.getKey(), e.getValue()));
		return top;
	}

}
