package vn.newsarchive.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Every review source, in a fixed order, and their open counts for the dashboard. */
@Component
@Transactional(readOnly = true)
public class ReviewQueue {

	private final List<ReviewSource> sources;

	ReviewQueue(List<ReviewSource> sources) {
		this.sources = sources;
	}

	public List<ReviewSource> sources() {
		return this.sources;
	}

	public Optional<ReviewSource> source(String name) {
		return this.sources.stream().filter((source) -> source.name().equals(name)).findFirst();
	}

	/** Open items per source name. */
	public Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (ReviewSource source : this.sources) {
			counts.put(source.name(), source.count());
		}
		return counts;
	}

}
