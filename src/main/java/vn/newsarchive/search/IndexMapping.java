package vn.newsarchive.search;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.hibernate.search.mapper.pojo.model.path.PojoModelPath;

import vn.newsarchive.article.Article;
import vn.newsarchive.person.Person;
import vn.newsarchive.resolution.Resolution;
import vn.newsarchive.system.AuditedEntity;

/**
 * What the search indexes hold of the entities, declared here rather than on them, so
 * that the entities stay plain JPA and search depends on them, never the other way round.
 * {@code IndexLayoutTest} holds the fields this builds against the description of
 * {@link IndexLayout#LAYOUT}. The projection records are named too: Hibernate Search
 * discovers {@code @ProjectionConstructor} types by scanning the archive holding the
 * entities, which a Spring Boot jar's nested classes directory does not reliably offer.
 */
public class IndexMapping implements HibernateOrmSearchMappingConfigurer {

	/** The field holding the version a record had when it was indexed. */
	static final String VERSION = "version";

	@Override
	public void configure(HibernateOrmMappingConfigurationContext context) {
		ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();
		// indexed too, so the index can be compared with the database
		// (IndexReconciliation)
		mapping.type(AuditedEntity.class)
			.property("version")
			.genericField(VERSION)
			.projectable(Projectable.YES)
			.searchable(Searchable.NO);
		article(mapping.type(Article.class));
		person(mapping.type(Person.class));
		TypeMappingStep resolution = mapping.type(Resolution.class);
		resolution.indexed().index("resolution");
		resolution.binder(new ResolutionBinder());
		context.annotationMapping().add(StoredHit.class).add(StoredHit.Texts.class).add(StoryCopies.Copy.class);
	}

	/**
	 * Each text with and without diacritics, syllable pairs of the title, and (through
	 * {@link ArticleBinder}) its captions, persons, documents and dates. Stored fields
	 * are what a result list shows, so hits need no database look-up.
	 */
	private static void article(TypeMappingStep article) {
		article.indexed().index("article");
		article.binder(new ArticleBinder());
		article.property("title")
			.fullTextField(ArticleFields.TITLE)
			.analyzer(VietnameseAnalysis.EXACT)
			.projectable(Projectable.YES)
			.fullTextField(ArticleFields.TITLE_FOLDED)
			.analyzer(VietnameseAnalysis.FOLDED)
			.fullTextField(ArticleFields.TITLE_SHINGLES)
			.analyzer(VietnameseAnalysis.SHINGLES);
		article.property("slug")
			.keywordField(ArticleFields.SLUG)
			.projectable(Projectable.YES)
			.searchable(Searchable.NO);
		// lead and body are stored for snippets only: they are matched through the
		// catch-all text_folded
		for (String text : new String[] { ArticleFields.LEAD, ArticleFields.BODY }) {
			article.property(text)
				.fullTextField(text)
				.analyzer(VietnameseAnalysis.EXACT)
				.projectable(Projectable.YES)
				.searchable(Searchable.NO);
		}
		article.property("publishedAt")
			.genericField(ArticleFields.PUBLISHED)
			.projectable(Projectable.YES)
			.sortable(Sortable.YES);
		article.property("publishedPrecision")
			.keywordField(ArticleFields.PRECISION)
			.projectable(Projectable.YES)
			.searchable(Searchable.NO);
		article.property("publishedInferred")
			.genericField(ArticleFields.INFERRED)
			.projectable(Projectable.YES)
			.searchable(Searchable.NO);
		article.property("source")
			.keywordField(ArticleFields.SOURCE)
			.projectable(Projectable.YES)
			.aggregable(Aggregable.YES);
		article.property("storyId").genericField(ArticleFields.STORY).projectable(Projectable.YES);
		// search lists the heads of stories, each with the sources of its copies
		article.property("storyHead")
			.genericField(ArticleFields.STORY_HEAD)
			.indexingDependency()
			.derivedFrom(PojoModelPath.parse("storyId"));
	}

	/** A person for suggestions: the prefixes of the name and of every other spelling. */
	private static void person(TypeMappingStep person) {
		person.indexed().index("person");
		person.property("name")
			.fullTextField(ArticleFields.SUGGEST)
			.analyzer(VietnameseAnalysis.SUGGEST)
			.searchAnalyzer(VietnameseAnalysis.FOLDED);
		person.property("aliases")
			.fullTextField("suggest_alias")
			.analyzer(VietnameseAnalysis.SUGGEST)
			.searchAnalyzer(VietnameseAnalysis.FOLDED);
	}

}
