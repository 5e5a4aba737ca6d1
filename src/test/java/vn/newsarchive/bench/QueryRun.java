package vn.newsarchive.bench;

import java.util.List;

/**
 * Runs the mix through every engine, query by query, so both see the same moment of a
 * shared machine; the engine that goes first alternates between rounds. Keeps each
 * engine's response times per query and its last answer.
 */
final class QueryRun {

	private final List<SearchSide> sides;

	private final List<ResolvedQuery> queries;

	private final LatencySamples[][] samples;

	private final EngineResult[][] answers;

	QueryRun(List<SearchSide> sides, List<ResolvedQuery> queries) {
		this.sides = sides;
		this.queries = queries;
		this.samples = new LatencySamples[sides.size()][queries.size()];
		this.answers = new EngineResult[sides.size()][queries.size()];
		reset();
	}

	void reset() {
		for (LatencySamples[] side : this.samples) {
			for (int q = 0; q < side.length; q++) {
				side[q] = new LatencySamples();
			}
		}
	}

	void rounds(int rounds) throws Exception {
		for (int round = 0; round < rounds; round++) {
			for (int q = 0; q < this.queries.size(); q++) {
				for (int i = 0; i < this.sides.size(); i++) {
					int s = (round % 2 == 0) ? i : this.sides.size() - 1 - i;
					long start = System.nanoTime();
					this.answers[s][q] = this.sides.get(s).search(this.queries.get(q));
					this.samples[s][q].add(System.nanoTime() - start);
				}
			}
		}
	}

	List<SearchSide> sides() {
		return this.sides;
	}

	List<ResolvedQuery> queries() {
		return this.queries;
	}

	LatencySamples samples(int side, int query) {
		return this.samples[side][query];
	}

	EngineResult answer(int side, int query) {
		return this.answers[side][query];
	}

}
