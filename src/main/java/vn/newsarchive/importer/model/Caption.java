package vn.newsarchive.importer.model;

/**
 * A photo caption with its credit (photographer and/or agency), null when none was given.
 */
public record Caption(String text, String credit) {
}
