package vn.newsarchive.importer.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two import writers that start each round at the same instant (a barrier), so that both
 * race for whatever the round's two articles claim; every article must be stored.
 */
final class TwoWritersInLockstep {

	/** The text writer {@code writer} (0 or 1) imports in round {@code round}. */
	interface Articles {

		String article(int round, int writer);

	}

	private TwoWritersInLockstep() {
	}

	static void importRounds(ImportService importService, int rounds, Articles articles) throws Exception {
		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService writers = Executors.newFixedThreadPool(2);
		List<Future<List<ImportOutcome>>> results = new ArrayList<>();
		try {
			for (int writer = 0; writer < 2; writer++) {
				int self = writer;
				results.add(writers.submit(() -> {
					List<ImportOutcome> outcomes = new ArrayList<>();
					for (int round = 0; round < rounds; round++) {
						byte[] article = articles.article(round, self).getBytes(StandardCharsets.UTF_8);
						together.await();
						outcomes.add(importService.importContent("round-" + round + "-" + self + ".txt", article));
					}
					return outcomes;
				}));
			}
			for (Future<List<ImportOutcome>> result : results) {
				assertThat(result.get())
					.allSatisfy((outcome) -> assertThat(outcome.status()).as(outcome.file() + ": " + outcome.message())
						.isEqualTo(ImportOutcome.Status.IMPORTED));
			}
		}
		finally {
			writers.shutdownNow();
		}
		importService.awaitIndexing();
	}

}
