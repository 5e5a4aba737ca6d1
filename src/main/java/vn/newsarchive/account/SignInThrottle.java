package vn.newsarchive.account;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;

import org.springframework.stereotype.Component;

import vn.newsarchive.system.ArchiveProperties;

/**
 * Counts wrong passwords per account and per address in Bucket4j token buckets (one token
 * per wrong password, refilled evenly over the window), kept in Caffeine caches that
 * forget quiet keys. Unknown user names are counted like real ones, so throttling tells
 * an attacker nothing about which accounts exist.
 */
@Component
public class SignInThrottle {

	/**
	 * Keys kept at most per cache: bounded memory under a spray of names or addresses.
	 */
	private static final int MAX_KEYS = 100_000;

	private final ArchiveProperties.SignIn properties;

	private final Cache<String, Bucket> accounts;

	private final Cache<String, Bucket> addresses;

	SignInThrottle(ArchiveProperties.SignIn properties) {
		this.properties = properties;
		this.accounts = cache(properties.window());
		this.addresses = cache(properties.window());
	}

	/** How long the next attempt must wait; zero when it may go ahead. */
	public Duration waitBeforeNextAttempt(String username, String address) {
		return max(wait(this.accounts.getIfPresent(Usernames.normalise(username))),
				wait(this.addresses.getIfPresent(address)));
	}

	public void failed(String username, String address) {
		this.accounts.get(Usernames.normalise(username), (key) -> bucket(this.properties.maxFailuresPerAccount()))
			.tryConsume(1);
		this.addresses.get(address, (key) -> bucket(this.properties.maxFailuresPerAddress())).tryConsume(1);
	}

	/**
	 * The account's count starts again; the address's does not, or one good account would
	 * let an address guess at every other.
	 */
	public void succeeded(String username) {
		this.accounts.invalidate(Usernames.normalise(username));
	}

	private Bucket bucket(int failures) {
		return Bucket.builder()
			.addLimit((limit) -> limit.capacity(failures).refillGreedy(failures, this.properties.window()))
			.build();
	}

	private static Duration wait(Bucket bucket) {
		if (bucket == null) {
			return Duration.ZERO;
		}
		return Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
	}

	private static Duration max(Duration a, Duration b) {
		return (a.compareTo(b) >= 0) ? a : b;
	}

	private static Cache<String, Bucket> cache(Duration window) {
		return Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterAccess(window).build();
	}

}
