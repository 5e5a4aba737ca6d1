package vn.newsarchive.review;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;

import org.springframework.stereotype.Component;
import vn.newsarchive.system.ReaderReportProperties;

/**
 * Readers' reports per address in Bucket4j token buckets (as sign-in's throttle), kept in
 * a Caffeine cache that forgets quiet addresses and holds a bounded number.
 */
@Component
class ReportThrottle {

	private static final int MAX_ADDRESSES = 100_000;

	private final ReaderReportProperties properties;

	private final Cache<String, Bucket> addresses;

	ReportThrottle(ReaderReportProperties properties) {
		this.properties = properties;
		this.addresses = Caffeine.newBuilder()
			.maximumSize(MAX_ADDRESSES)
			.expireAfterAccess(properties.window())
			.build();
	}

	/** Takes one report from the address's allowance; false when none is left. */
	boolean tryReport(String address) {
		return this.addresses.get(address, (key) -> bucket()).tryConsume(1);
	}

	private Bucket bucket() {
		int max = this.properties.maxPerAddress();
		return Bucket.builder()
			.addLimit((limit) -> limit.capacity(max).refillGreedy(max, this.properties.window()))
			.build();
	}

}
