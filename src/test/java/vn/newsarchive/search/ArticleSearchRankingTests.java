package vn.newsarchive.search;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.newsarchive.admin.AdminTest;
import vn.newsarchive.admin.EmptyArchive;
import vn.newsarchive.admin.article.ArticleBuilder;
import vn.newsarchive.article.ArticleRepository;
import vn.newsarchive.testdata.SearchIndex;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ranking rules on articles made for them: words together outrank the same syllables
 * scattered, and a query typed with diacritics ranks the exact spelling first.
 */
@AdminTest
class ArticleSearchRankingTests {

	@Autowired
	ArticleRepository articles;

	@Autowired
	ArticleSearch search;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@BeforeEach
	void emptyArchive() {
		EmptyArchive.reset(this.jdbc);
		SearchIndex.purge(this.entityManagerFactory);
	}

	List<Long> ids(String q) {
		return this.search.search(SearchQuery.of(q)).hits().stream().map(SearchHit::id).toList();
	}

	long save(String title, String body) {
		return ArticleBuilder.article(title).body(body).saveIn(this.articles).getId();
	}

	@Test
	void syllablesTogetherOutrankTheSameSyllablesScattered() {
		long scattered = save("Một buổi họp thường kỳ",
				"Buổi giao ban bàn kế hoạch học ngoại ngữ của bộ phận văn thư, giao cho từng bộ phận.");
		long together = save("Một buổi làm việc", "Đoàn đã làm việc tại Bộ Ngoại giao về công tác văn thư.");
		assertThat(ids("bộ ngoại giao")).containsExactly(together, scattered);
		assertThat(ids("bo ngoai giao")).containsExactly(together, scattered);
		assertThat(ids("\"bộ ngoại giao\"")).containsExactly(together);
	}

	@Test
	void phrasesCombineWithOrAndExclusionAsWritten() {
		long ministry = save("Một buổi làm việc", "Đoàn đã làm việc tại Bộ Ngoại giao về công tác văn thư.");
		long office = save("Một buổi họp", "Bàn về công tác văn thư, lưu trữ của Văn phòng Trung ương.");
		long neither = save("Một buổi khác", "Giao ban bộ phận ngoại vụ.");
		assertThat(ids("\"bộ ngoại giao\" OR \"văn phòng trung ương\"")).containsExactlyInAnyOrder(ministry, office);
		assertThat(ids("\"công tác văn thư\" -\"bộ ngoại giao\"")).containsExactly(office);
		assertThat(ids("\"bo ngoai giao\" \"cong tac van thu\"")).containsExactly(ministry);
		// the words of a phrase may stand across punctuation, as Lucene reads them
		assertThat(ids("\"văn thư lưu trữ\"")).containsExactly(office);
		assertThat(ids("\"giao ban bộ\"")).containsExactly(neither);
	}

	@Test
	void hitsThatScoreAlikeComeNewestFirst() {
		long older = ArticleBuilder.article("Hội nghị lần thứ nhất")
			.published(LocalDateTime.of(2020, 1, 5, 8, 0))
			.saveIn(this.articles)
			.getId();
		long newer = ArticleBuilder.article("Hội nghị lần thứ hai")
			.published(LocalDateTime.of(2024, 3, 9, 8, 0))
			.saveIn(this.articles)
			.getId();
		SearchQuery bySource = new SearchQuery("", null, null, null, "TGVN", SearchOrder.RELEVANCE, 0, 20);
		assertThat(this.search.search(bySource).hits().stream().map(SearchHit::id)).containsExactly(newer, older);
	}

	@Test
	void aQueryWithDiacriticsRanksTheExactSpellingFirst() {
		long pigeons = save("Nuôi bồ câu ở ngoại thành", "Nhiều hộ nuôi bồ câu.");
		long ministry = save("Sắp xếp bộ máy ở ngoại thành", "Sắp xếp lại bộ máy.");
		assertThat(ids("bộ")).containsExactly(ministry, pigeons);
		assertThat(ids("bồ")).containsExactly(pigeons, ministry);
		assertThat(ids("bo")).containsExactlyInAnyOrder(ministry, pigeons);
	}

}
