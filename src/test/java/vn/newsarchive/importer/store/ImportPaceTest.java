package vn.newsarchive.importer.store;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImportPaceTest {

	private final AtomicLong now = new AtomicLong(5_000_000_000L);

	private final ImportPace pace = new ImportPace(this.now::get);

	@Test
	void rateAndTimeLeftFromTheFilesDoneSoFar() {
		this.now.addAndGet(10_000_000_000L);
		assertThat(this.pace.after(2_000, 20_000)).isEqualTo("200 articles/s, 1:30 left");
	}

	@Test
	void hoursWhenABacklogIsLong() {
		this.now.addAndGet(1_000_000_000L);
		assertThat(this.pace.after(50, 1_000_000)).isEqualTo("50 articles/s, 5:33:19 left");
	}

	@Test
	void nothingToTellBeforeTheFirstFile() {
		assertThat(this.pace.after(0, 100)).isEmpty();
	}

}
