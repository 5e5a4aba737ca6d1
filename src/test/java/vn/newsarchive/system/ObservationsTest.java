package vn.newsarchive.system;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.newsarchive.testdata.SeededWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The archive exports no metrics (only health and info are exposed), so neither Spring
 * Security's filters nor each request are timed: the observations cost every page a few
 * percent of its time for figures nobody reads.
 */
class ObservationsTest extends SeededWebTest {

	@Autowired
	ObservationRegistry registry;

	@Test
	void securityFiltersAndRequestsAreNotObserved() {
		assertThat(Observation.start("spring.security.filterchains", this.registry).isNoop()).isTrue();
		assertThat(Observation.start("spring.security.authorizations", this.registry).isNoop()).isTrue();
		assertThat(Observation.start("http.server.requests", this.registry).isNoop()).isTrue();
	}

}
