package vn.newsarchive.importer.segment;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks, when a segmenter is built, that every pass comes after the passes that write
 * what it reads: an order that only a comment states breaks with the next pass someone
 * adds.
 */
final class PassOrder {

	private PassOrder() {
	}

	/** The passes, in this order, or an exception naming the first pass out of place. */
	static List<SegmentPass> checked(List<SegmentPass> passes) {
		Set<Label> written = new HashSet<>();
		for (SegmentPass pass : passes) {
			// in a fixed order, so that the message names the same label every time
			for (Label label : pass.reads().stream().sorted(Comparator.comparing(Label::toString)).toList()) {
				if (!written.contains(label)) {
					throw new IllegalStateException(name(pass) + " reads " + label + ", which no pass before it writes"
							+ writer(passes, pass, label) + "; order: " + passes.stream().map(PassOrder::name).toList());
				}
			}
			written.addAll(pass.writes());
		}
		return List.copyOf(passes);
	}

	/** The pass after the reader that writes the label, to name in the message. */
	private static String writer(List<SegmentPass> passes, SegmentPass reader, Label label) {
		return passes.subList(passes.indexOf(reader) + 1, passes.size())
			.stream()
			.filter((pass) -> pass.writes().contains(label))
			.findFirst()
			.map((pass) -> " (" + name(pass) + " writes it: run that one earlier)")
			.orElse(" (and no pass writes it at all)");
	}

	private static String name(SegmentPass pass) {
		return pass.getClass().getSimpleName();
	}

}
