package vn.newsarchive.search;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

import vn.newsarchive.resolution.Resolution;

/**
 * A document for suggestions: its code, kind, number and title as prefixes, and the keys
 * of {@link DocumentKeys} so a typed code finds it.
 */
public class ResolutionBinder implements TypeBinder {

	@Override
	public void bind(TypeBindingContext context) {
		context.dependencies().use("kind").use("number").use("issuer").use("code").use("title");
		var suggest = context.indexSchemaElement()
			.field(ArticleFields.SUGGEST,
					(f) -> f.asString().analyzer(VietnameseAnalysis.SUGGEST).searchAnalyzer(VietnameseAnalysis.FOLDED))
			.toReference();
		var keys = context.indexSchemaElement()
			.field(ArticleFields.DOCUMENT_KEY, (f) -> f.asString())
			.multiValued()
			.toReference();
		context.bridge(Resolution.class, new Bridge(suggest, keys));
	}

	/** What a reader may type to find a document: code, kind and number, title. */
	static String text(Resolution resolution) {
		return Stream.of(resolution.getCode(), resolution.getKind(), resolution.getNumber(), resolution.getTitle())
			.filter(Objects::nonNull)
			.collect(Collectors.joining(" "));
	}

	private record Bridge(IndexFieldReference<String> suggest,
			IndexFieldReference<String> keys) implements TypeBridge<Resolution> {

		@Override
		public void write(DocumentElement target, Resolution resolution, TypeBridgeWriteContext context) {
			target.addValue(this.suggest, text(resolution));
			DocumentKeys.of(resolution.getKind(), resolution.getNumber(), resolution.getIssuer())
				.forEach((key) -> target.addValue(this.keys, key));
		}

	}

}
