package vn.newsarchive.importer.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The segmenter refuses, when it is built, an order in which a pass reads too early. */
class PassOrderTests {

	private final SourceTags sources = new SourceTags(WordLists.defaults());

	@Test
	void theSegmentersOwnOrderIsAccepted() {
		List<SegmentPass> passes = ArticleSegmenter.passes(this.sources);
		assertThat(PassOrder.checked(passes)).hasSameSizeAs(passes);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			SlugPass    | CaptionPass      | CaptionPass reads SLUG, which no pass before it writes (SlugPass writes it
			StampPass   | HeadPass         | HeadPass reads STAMP, which no pass before it writes (StampPass writes it
			HeadPass    | AltTextPass      | AltTextPass reads HEADLINE, which no pass before it writes (HeadPass writes it
			CaptionPass | RelatedBlockPass | RelatedBlockPass reads CAPTION, which no pass before it writes (CaptionPass writes it
			BodyPass    | PublicationPass  | PublicationPass reads BODY, which no pass before it writes (BodyPass writes it
			""")
	void aPassMovedAfterOneThatReadsWhatItWritesIsRefused(String moved, String after, String message) {
		List<SegmentPass> passes = new ArrayList<>(ArticleSegmenter.passes(this.sources));
		SegmentPass pass = passes.stream().filter((p) -> named(p, moved)).findFirst().orElseThrow();
		passes.remove(pass);
		passes.add(passes.indexOf(passes.stream().filter((p) -> named(p, after)).findFirst().orElseThrow()) + 1, pass);
		assertThatIllegalStateException().isThrownBy(() -> PassOrder.checked(passes)).withMessageStartingWith(message);
	}

	@Test
	void aLabelNoPassWritesIsNamedSo() {
		SegmentPass reader = new SegmentPass() {

			@Override
			public void apply(Draft draft) {
			}

			@Override
			public Set<Label> reads() {
				return Set.of(Part.BODY);
			}

			@Override
			public Set<Label> writes() {
				return Set.of();
			}

		};
		assertThatIllegalStateException().isThrownBy(() -> PassOrder.checked(List.of(reader)))
			.withMessageContaining("reads BODY, which no pass before it writes (and no pass writes it at all)");
	}

	private static boolean named(SegmentPass pass, String name) {
		return pass.getClass().getSimpleName().equals(name);
	}

}
