package vn.newsarchive.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.engine.backend.metamodel.IndexDescriptor;
import org.hibernate.search.engine.backend.metamodel.IndexFieldDescriptor;
import org.hibernate.search.engine.backend.metamodel.IndexValueFieldTypeDescriptor;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.newsarchive.testdata.ImportedSeedsWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indexes' fields, as Hibernate Search builds them from the mapping, against the
 * description kept beside this test. An index written by other code is only rebuilt at
 * start when {@link IndexLayout#LAYOUT} differs from the one it was written in, so a
 * changed field (added, removed, another analyzer, no longer sortable...) must come with
 * a new layout name: this test fails until the description is updated, with the name.
 */
class IndexLayoutTest extends ImportedSeedsWebTest {

	private static final String DESCRIPTION = "/search/index-layout.txt";

	@Autowired
	EntityManagerFactory entities;

	@Test
	void theIndexesAreLaidOutAsTheirLayoutNameSays() throws IOException {
		assertThat(describe())
			.as("the index layout changed: give IndexLayout.LAYOUT a new name and put it, with the fields"
					+ " below, into src/test/resources%s", DESCRIPTION)
			.isEqualTo(kept());
	}

	private String describe() {
		StringBuilder text = new StringBuilder("layout " + IndexLayout.LAYOUT + "\n");
		List<SearchIndexedEntity<?>> indexed = new ArrayList<>(Search.mapping(this.entities).allIndexedEntities());
		indexed.sort(Comparator.comparing(SearchIndexedEntity::jpaName));
		for (SearchIndexedEntity<?> entity : indexed) {
			IndexDescriptor index = entity.indexManager().descriptor();
			text.append("\nindex ")
				.append(index.hibernateSearchName())
				.append(" (")
				.append(entity.jpaName())
				.append(")\n");
			index.staticFields()
				.stream()
				.sorted(Comparator.comparing(IndexFieldDescriptor::absolutePath))
				.forEach((field) -> text.append(field(field)).append('\n'));
		}
		return text.toString();
	}

	private static String field(IndexFieldDescriptor field) {
		String multi = field.multiValued() ? " multi" : "";
		if (field.isObjectField()) {
			return "  " + field.absolutePath() + " object" + multi;
		}
		IndexValueFieldTypeDescriptor type = field.toValueField().type();
		StringBuilder line = new StringBuilder(
				"  " + field.absolutePath() + " " + type.valueClass().getSimpleName() + multi);
		flag(line, type.searchable(), "searchable");
		flag(line, type.projectable(), "projectable");
		flag(line, type.sortable(), "sortable");
		flag(line, type.aggregable(), "aggregable");
		type.analyzerName().ifPresent((name) -> line.append(" analyzer=").append(name));
		type.searchAnalyzerName().ifPresent((name) -> line.append(" search-analyzer=").append(name));
		type.normalizerName().ifPresent((name) -> line.append(" normalizer=").append(name));
		return line.toString();
	}

	private static void flag(StringBuilder line, boolean set, String name) {
		if (set) {
			line.append(' ').append(name);
		}
	}

	private static String kept() throws IOException {
		try (InputStream in = IndexLayoutTest.class.getResourceAsStream(DESCRIPTION)) {
			return (in != null) ? new String(in.readAllBytes(), StandardCharsets.UTF_8) : "(no " + DESCRIPTION + ")";
		}
	}

}
