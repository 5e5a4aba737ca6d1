package vn.newsarchive.search;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.newsarchive.admin.AdminTest;
import vn.newsarchive.admin.Editor;
import vn.newsarchive.admin.EmptyArchive;
import vn.newsarchive.admin.article.ArticleBuilder;
import vn.newsarchive.article.Article;
import vn.newsarchive.article.ArticlePerson;
import vn.newsarchive.article.ArticleRepository;
import vn.newsarchive.person.Person;
import vn.newsarchive.testdata.SearchIndex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The index follows what editors do, with no reindex: a saved change is searchable at
 * once, a deleted article is gone, a renamed person finds the articles that mention them.
 */
@AdminTest
class SearchIndexFollowsEditsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ArticleRepository articles;

	@Autowired
	ArticleSearch search;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	@BeforeEach
	void emptyArchive() {
		EmptyArchive.reset(this.jdbc);
		SearchIndex.purge(this.entityManagerFactory);
	}

	List<Long> found(String q) {
		return this.search.search(SearchQuery.of(q)).hits().stream().map(SearchHit::id).toList();
	}

	@Test
	void aSavedArticleIsSearchableAndItsOldTextIsNot() throws Exception {
		Article article = ArticleBuilder.article("Hội nghị về chuyển đổi số")
			.body("Bàn về hạ tầng số.")
			.saveIn(this.articles);
		assertThat(found("chuyen doi so")).containsExactly(article.getId());
		this.mvc
			.perform(Editor.post("/admin/articles/{id}/edit", article.getId())
				.param("title", "Hội nghị về kinh tế biển")
				.param("body", "Bàn về cảng biển và thủy sản.")
				.param("published.date", "2019")
				.param("version", "0"))
			.andExpect(redirectedUrl("/admin/articles/" + article.getId() + "/edit"));
		assertThat(found("chuyển đổi số")).isEmpty();
		assertThat(found("kinh te bien")).containsExactly(article.getId());
		assertThat(found("thuỷ sản")).containsExactly(article.getId());
	}

	@Test
	void aDeletedArticleIsGoneFromTheIndex() throws Exception {
		Article article = ArticleBuilder.article("Bài về hợp tác quốc tế").saveIn(this.articles);
		assertThat(found("hop tac quoc te")).containsExactly(article.getId());
		this.mvc.perform(Editor.post("/admin/articles/{id}/delete", article.getId()).param("version", "0"))
			.andExpect(redirectedUrl("/admin/articles"));
		assertThat(found("hop tac quoc te")).isEmpty();
		assertThat(this.search.search(SearchQuery.of("hợp tác")).total()).isZero();
	}

	@Test
	void aRenamedPersonFindsTheArticlesThatMentionThem() throws Exception {
		Article article = ArticleBuilder.article("Làm việc tại Bộ Ngoại giao").saveIn(this.articles);
		long personId = this.transactions.execute((status) -> {
			Person person = new Person("Nguyễn Văn Tạm", "nguyễn văn tạm", "t");
			this.entityManager.persist(person);
			Article managed = this.entityManager.find(Article.class, article.getId());
			ArticlePerson mention = new ArticlePerson(managed, person, null, 0);
			this.entityManager.persist(mention);
			managed.getPersons().add(mention);
			return person.getId();
		});
		assertThat(found("Nguyễn Văn Tạm")).containsExactly(article.getId());
		assertThat(found("truong thi mai")).isEmpty();
		this.mvc.perform(
				Editor.post("/admin/persons/{id}/edit", personId).param("name", "Trương Thị Mai").param("version", "0"))
			.andExpect(redirectedUrl("/admin/persons/" + personId + "/edit"));
		assertThat(found("truong thi mai")).containsExactly(article.getId());
		assertThat(found("Nguyễn Văn Tạm")).isEmpty();
		assertThat(this.search.search(SearchQuery.of("").withPerson(personId)).total()).isOne();
	}

}
