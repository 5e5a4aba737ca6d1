package vn.newsarchive.bench;

import java.util.List;

/** The first page of one engine's answer: the total count and the ids in rank order. */
record EngineResult(long total, List<Long> ids) {

}
