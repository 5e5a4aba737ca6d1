package vn.newsarchive.bench;

/** One engine under test, by the name the report gives it. */
record SearchSide(String name, Engine engine) {

	EngineResult search(ResolvedQuery query) throws Exception {
		return this.engine.search(query);
	}

	@FunctionalInterface
	interface Engine {

		EngineResult search(ResolvedQuery query) throws Exception;

	}

}
