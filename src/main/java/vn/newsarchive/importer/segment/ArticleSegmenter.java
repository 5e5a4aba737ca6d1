package vn.newsarchive.importer.segment;

import java.util.List;

import vn.newsarchive.importer.model.SegmentedArticle;

/**
 * Splits a scraped article's normalised text into headline, lead, publication time,
 * source, authors, captions, related titles, teasers and body. Rules describe phenomena
 * of scraped news pages, never particular files. Stateless and thread-safe.
 */
public final class ArticleSegmenter implements Segmenter {

	private final WordLists words;

	private final LineAssembler lines = new LineAssembler();

	private final List<SegmentPass> passes;

	private final ArticleAssembler assembler = new ArticleAssembler();

	public ArticleSegmenter() {
		this(WordLists.defaults());
	}

	public ArticleSegmenter(WordLists words) {
		this.words = words;
		// each pass only labels what earlier passes left unknown; PassOrder checks that
		// every pass comes after those that write what it reads
		this.passes = PassOrder.checked(passes(new SourceTags(words)));
	}

	/** The passes in the order they run. */
	static List<SegmentPass> passes(SourceTags sources) {
		return List.of(new StampPass(), new ChromePass(sources), new SlugPass(), new LinkPass(), new CaptionPass(),
				new RelatedBlockPass(), new HeadPass(sources), new AltTextPass(), new TailPass(sources),
				new EndMarkPass(sources), new RepeatPass(), new TeaserPass(), new BylinePass(), new BodyPass(sources),
				new PublicationPass());
	}

	@Override
	public SegmentedArticle segment(String normalisedText) {
		Draft draft = new Draft(this.lines.assemble((normalisedText != null) ? normalisedText : ""), this.words);
		for (SegmentPass pass : this.passes) {
			pass.apply(draft);
		}
		return this.assembler.assemble(draft);
	}

}
