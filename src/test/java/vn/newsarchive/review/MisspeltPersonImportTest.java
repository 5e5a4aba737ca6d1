package vn.newsarchive.review;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import vn.newsarchive.importer.store.ImportService;
import vn.newsarchive.testdata.ImportedSeedsWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: another site's copy of seed 000 spells "Phạm Binh Minh". Through the real
 * importer it becomes a second person, which is suggested to editors beside "Phạm Bình
 * Minh" (they share "Ủy viên Bộ Chính trị" and "Phó Thủ tướng"), not merged.
 */
class MisspeltPersonImportTest extends ImportedSeedsWebTest {

	@Autowired
	ImportService imports;

	@Autowired
	ReviewQueue queue;

	@Test
	void aMisspeltPersonIsSuggestedNotMerged(@TempDir Path copies) throws Exception {
		String seed = Files.readString(Path.of("seeds/000_c2fa52de5c97c5b3.txt"), StandardCharsets.UTF_8);
		Path copy = copies.resolve("ban-sao.txt");
		Files.writeString(copy, seed.replace("Phạm Bình Minh", "Phạm Binh Minh")
			.replace("làm việc tại Bộ Ngoại giao", "làm việc với Bộ Ngoại giao"), StandardCharsets.UTF_8);
		assertThat(this.imports.importPaths(List.of(copy), (i, total, outcome) -> {
		}).imported()).isEqualTo(1);

		List<Long> ids = this.jdbc.queryForList(
				"select id from person where name in ('Phạm Bình Minh', 'Phạm Binh Minh') order by id", Long.class);
		assertThat(ids).hasSize(2);
		List<ReviewItem> suggested = this.queue.source("persons").orElseThrow().items(0, 50);
		assertThat(suggested).extracting(ReviewItem::subject).contains(ids.get(0) + "-" + ids.get(1));
		assertThat(suggested).filteredOn((item) -> item.subject().equals(ids.get(0) + "-" + ids.get(1)))
			.extracting(ReviewItem::reason)
			.containsExactly("review.persons.sharedTitle");
	}

}
