package vn.newsarchive.system;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often one client (one address, as a trusted proxy reports it) may search or call
 * the APIs. Pages are cheap and cached; a search is not.
 *
 * @param requestsPerMinute requests one client may make in a minute, refilled evenly; a
 * client that has used them up gets {@code 429} with {@code Retry-After}
 */
public record RateLimitProperties(@DefaultValue("120") int requestsPerMinute) {

}
