package vn.newsarchive.importer.eventdate;

/**
 * An event date as the text states it: day (the first day of a range), month and, rarely,
 * the year (null when not stated); {@code start}/{@code end} locate the phrase.
 */
public record EventDateMention(int day, int month, Integer year, int start, int end) {

}
