package vn.newsarchive.history;

/** One record of the archive: its kind and id. */
public record RecordKey(RecordKind kind, long id) {

}
