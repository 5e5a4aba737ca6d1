package vn.newsarchive.history;

import java.time.LocalDate;

/**
 * What the audit log is narrowed to: an author, a kind of record, a first and a last day
 * (each optional).
 */
public record AuditFilter(String author, RecordKind kind, LocalDate from, LocalDate to) {

}
