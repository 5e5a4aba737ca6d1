package vn.newsarchive.system;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.web.ObservationFilterChainDecorator;
import org.springframework.test.util.ReflectionTestUtils;

import jakarta.servlet.Filter;

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

	@Autowired
	@Qualifier("springSecurityFilterChain")
	Filter securityFilters;

	/**
	 * Not even wrapped for observations that do nothing: the wrapping of each filter of
	 * the chain cost the search API about 3 % of its CPU on the seeds.
	 */
	@Test
	void securityFiltersAreNotWrappedForObservations() {
		Object chain = ReflectionTestUtils.getField(this.securityFilters, "springSecurityFilterChain");
		assertThat(ReflectionTestUtils.getField(chain, "filterChainDecorator"))
			.isNotInstanceOf(ObservationFilterChainDecorator.class);
	}

}
