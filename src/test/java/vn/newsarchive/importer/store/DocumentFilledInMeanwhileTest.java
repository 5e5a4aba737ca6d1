package vn.newsarchive.importer.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.ClassUtils;

import vn.newsarchive.importer.ArticleExtractor;
import vn.newsarchive.importer.model.DocumentReference;
import vn.newsarchive.importer.model.ExtractedArticle;
import vn.newsarchive.importer.model.SegmentedArticle;
import vn.newsarchive.kernel.PartialDate;
import vn.newsarchive.resolution.ResolutionRepository;
import vn.newsarchive.testdata.TestArchive;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Another writer fills in a stored document between an article's look-up of it and the
 * write of what the article adds to it: the article's write fails its version check, and
 * the article is stored on its next attempt, like any other concurrency failure, never
 * refused (the session flushes such a write at once, not at its commit: issue 12.3).
 */
@SpringBootTest
@Import(DocumentFilledInMeanwhileTest.Interference.class)
class DocumentFilledInMeanwhileTest {

	/** Run, once, on another connection right after the next look-up of a document. */
	static final AtomicReference<Runnable> AFTER_LOOK_UP = new AtomicReference<>();

	static final java.util.Map<String, ExtractedArticle> EXTRACTIONS = new java.util.HashMap<>();

	/** Imported explicitly: nothing else that scans packages may find it. */
	static class Interference {

		@Bean
		@Primary
		ArticleExtractor fixedExtractor() {
			return (name, content) -> EXTRACTIONS.get(name);
		}

		@Bean
		static BeanPostProcessor documentLookUpInterference() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if (!(bean instanceof ResolutionRepository)) {
						return bean;
					}
					return Proxy.newProxyInstance(bean.getClass().getClassLoader(), ClassUtils.getAllInterfaces(bean),
							(proxy, method, args) -> {
								Object result;
								try {
									result = method.invoke(bean, args);
								}
								catch (InvocationTargetException ex) {
									throw ex.getCause();
								}
								Runnable interference = method.getName().equals("findByKindAndNumberAndIssuer")
										? AFTER_LOOK_UP.getAndSet(null) : null;
								if (interference != null) {
									Thread other = new Thread(interference);
									other.start();
									other.join();
								}
								return result;
							});
				}
			};
		}

	}

	@Autowired
	ImportService importService;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void emptyArchive() {
		TestArchive.empty(this.jdbc);
		EXTRACTIONS.clear();
	}

	@Test
	void anArticleWhoseDocumentWasFilledInMeanwhileIsStoredOnItsNextAttempt() {
		assertThat(importOne("a", new DocumentReference("26-NQ/TW", "Nghị quyết", "26", "TW", null, null, null, null))
			.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
		// the other writer adds the plenum and commits, after this article read the
		// document and before it writes the title it adds
		AFTER_LOOK_UP.set(() -> this.jdbc
			.update("update resolution set plenum = '7', version = version + 1 where code = '26-NQ/TW'"));
		ImportOutcome outcome = importOne("b",
				new DocumentReference("26-NQ/TW", "Nghị quyết", "26", "TW", null, null, null, "về công tác cán bộ"));
		assertThat(AFTER_LOOK_UP.get()).as("the other writer ran").isNull();
		assertThat(outcome.status()).as(String.valueOf(outcome.message())).isEqualTo(ImportOutcome.Status.IMPORTED);
		assertThat(this.jdbc.queryForList("select coalesce(plenum, '-') || ' ' || coalesce(title, '-') from resolution",
				String.class))
			.containsExactly("7 về công tác cán bộ");
		assertThat(this.jdbc.queryForObject("select count(*) from article_resolution", Integer.class)).isEqualTo(2);
	}

	private ImportOutcome importOne(String hash, DocumentReference document) {
		SegmentedArticle segmented = new SegmentedArticle("Tiêu đề " + hash, null, PartialDate.day(2019, 3, 4, false),
				"TGVN", List.of(), List.of(), List.of(), List.of(), List.of("Đoạn văn " + hash), null);
		EXTRACTIONS.put(hash + ".txt",
				new ExtractedArticle(hash + ".txt", hash, segmented, List.of(), List.of(document), List.of()));
		return this.importService.importContent(hash + ".txt", "x".getBytes(StandardCharsets.UTF_8));
	}

}
