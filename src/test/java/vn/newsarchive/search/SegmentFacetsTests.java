package vn.newsarchive.search;

import java.io.IOException;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.newsarchive.search.ArticleFields.*;

class SegmentFacetsTests {

	@Test
	void eachDocumentKeepsItsDistinctValuesAndTheSegmentIsForgottenWhenClosed() throws IOException {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
				Document first = new Document();
				first.add(new SortedNumericDocValuesField(YEAR, 2019));
				first.add(new SortedNumericDocValuesField(PERSON_ID, 7));
				first.add(new SortedNumericDocValuesField(PERSON_ID, 3));
				// the same person mentioned twice counts once
				first.add(new SortedNumericDocValuesField(PERSON_ID, 7));
				first.add(new SortedSetDocValuesField(SOURCE, new BytesRef("TTXVN")));
				writer.addDocument(first);
				writer.addDocument(new Document());
				Document third = new Document();
				third.add(new SortedNumericDocValuesField(DOCUMENT_ID, 12));
				third.add(new SortedSetDocValuesField(SOURCE, new BytesRef("Báo Nhân Dân")));
				writer.addDocument(third);
			}
			int before = SegmentFacets.cachedSegments();
			DirectoryReader reader = DirectoryReader.open(directory);
			LeafReader segment = reader.leaves().get(0).reader();
			SegmentFacets facets = SegmentFacets.of(segment);
			assertThat(SegmentFacets.of(segment)).isSameAs(facets);
			assertThat(values(facets.persons, 0)).containsExactly(3L, 7L);
			assertThat(values(facets.years, 0)).containsExactly(2019L);
			assertThat(values(facets.persons, 1)).isEmpty();
			assertThat(values(facets.years, 2)).isEmpty();
			assertThat(values(facets.documents, 2)).containsExactly(12L);
			// the tally sizes its arrays by these
			assertThat(facets.persons.min()).isEqualTo(3);
			assertThat(facets.persons.max()).isEqualTo(7);
			assertThat(facets.months.values()).isEmpty();
			assertThat(facets.sourceNames[(int) values(facets.sources, 2)[0]]).isEqualTo("Báo Nhân Dân");
			assertThat(facets.sourceNames[(int) values(facets.sources, 0)[0]]).isEqualTo("TTXVN");
			assertThat(SegmentFacets.cachedSegments()).isEqualTo(before + 1);
			reader.close();
			assertThat(SegmentFacets.cachedSegments()).isEqualTo(before);
		}
	}

	private static long[] values(SegmentFacets.Column column, int doc) {
		return java.util.Arrays.copyOfRange(column.values(), column.start()[doc], column.start()[doc + 1]);
	}

}
