package vn.newsarchive.system;

import java.time.Duration;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the running archive watches its index.
 *
 * @param checkEvery how often it checks that the index directory is there and no write
 * failed, and rebuilds the index when not; zero turns the watch off
 */
public record IndexWatchProperties(@DefaultValue("10s") Duration checkEvery) {

}
