package vn.newsarchive.search;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

import vn.newsarchive.article.Article;
import vn.newsarchive.article.ArticleCaption;
import vn.newsarchive.article.ArticlePerson;
import vn.newsarchive.resolution.Resolution;

/**
 * The article fields that come from its captions, persons and documents, and its year and
 * month. Declared as dependencies, so that renaming a person, merging two persons or
 * correcting a document reindexes the articles that mention them.
 */
public class ArticleBinder implements TypeBinder {

	@Override
	public void bind(TypeBindingContext context) {
		context.dependencies()
			.use("publishedAt")
			.use("publishedPrecision")
			.use("title")
			.use("lead")
			.use("body")
			.use("source")
			.use("captions.text")
			.use("persons.person.name")
			.use("persons.person.aliases")
			.use("resolutions.kind")
			.use("resolutions.number")
			.use("resolutions.issuer")
			.use("resolutions.code")
			.use("resolutions.title");
		IndexSchemaElement schema = context.indexSchemaElement();
		IndexFieldTypeFactory types = context.typeFactory();
		var exact = types.asString().analyzer(VietnameseAnalysis.EXACT).toIndexFieldType();
		var folded = types.asString().analyzer(VietnameseAnalysis.FOLDED).toIndexFieldType();
		// the catch-all also holds the syllable pairs: the body is analysed once for both
		var foldedWithPairs = types.asString()
			.analyzer(VietnameseAnalysis.FOLDED_PAIRS)
			.searchAnalyzer(VietnameseAnalysis.FOLDED)
			.toIndexFieldType();
		// numeric facets: counting them needs no ordinals merged across segments
		var facet = types.asLong().aggregable(Aggregable.YES).toIndexFieldType();
		var key = types.asString().toIndexFieldType();
		context.bridge(Article.class,
				new Bridge(
						new Text(schema.field(ArticleFields.PERSON, exact).multiValued().toReference(),
								schema.field(ArticleFields.PERSON_FOLDED, folded).multiValued().toReference()),
						schema.field(ArticleFields.PERSON_ID, facet).multiValued().toReference(),
						schema.field(ArticleFields.DOCUMENT_ID, facet).multiValued().toReference(),
						schema.field(ArticleFields.DOCUMENT_KEY, key).multiValued().toReference(),
						schema.field(ArticleFields.YEAR, types.asInteger().aggregable(Aggregable.YES)).toReference(),
						schema.field(ArticleFields.MONTH, types.asInteger().aggregable(Aggregable.YES)).toReference(),
						schema.field(ArticleFields.TEXT_FOLDED, foldedWithPairs).multiValued().toReference()));
	}

	/** One text indexed twice: with its diacritics and without. */
	record Text(IndexFieldReference<String> exact, IndexFieldReference<String> folded) {

		void add(DocumentElement target, String value) {
			if (value != null && !value.isBlank()) {
				target.addValue(this.exact, value);
				target.addValue(this.folded, value);
			}
		}

	}

	/**
	 * Captions and documents are matched through the catch-all text alone (documents also
	 * by their keys); persons also rank on fields of their own.
	 */
	private record Bridge(Text persons, IndexFieldReference<Long> personId, IndexFieldReference<Long> documentId,
			IndexFieldReference<String> documentKey, IndexFieldReference<Integer> year,
			IndexFieldReference<Integer> month, IndexFieldReference<String> text) implements TypeBridge<Article> {

		private void text(DocumentElement target, String value) {
			if (value != null && !value.isBlank()) {
				target.addValue(this.text, value);
			}
		}

		@Override
		public void write(DocumentElement target, Article article, TypeBridgeWriteContext context) {
			if (article.getPublishedAt() != null) {
				target.addValue(this.year, article.getPublishedAt().getYear());
			}
			Integer month = ArticleMonths.of(article.getPublishedAt(), article.getPublishedPrecision());
			if (month != null) {
				target.addValue(this.month, month);
			}
			text(target, article.getTitle());
			text(target, article.getLead());
			text(target, article.getBody());
			text(target, article.getSource());
			for (ArticleCaption caption : article.getCaptions()) {
				text(target, caption.getText());
			}
			for (ArticlePerson mention : article.getPersons()) {
				target.addValue(this.personId, mention.getPerson().getId());
				this.persons.add(target, mention.getPerson().getName());
				text(target, mention.getPerson().getName());
				mention.getPerson().getAliases().forEach((alias) -> {
					this.persons.add(target, alias);
					text(target, alias);
				});
			}
			for (Resolution resolution : article.getResolutions()) {
				target.addValue(this.documentId, resolution.getId());
				text(target, ResolutionBinder.text(resolution));
				DocumentKeys.of(resolution.getKind(), resolution.getNumber(), resolution.getIssuer())
					.forEach((k) -> target.addValue(this.documentKey, k));
			}
		}

	}

}
