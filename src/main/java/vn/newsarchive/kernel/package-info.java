/**
 * The small kernel at the bottom of the archive: Vietnamese text (NFC, folding, tone
 * placement, comparison keys, word lists) and dates known to some precision
 * ({@link vn.newsarchive.kernel.PartialDate}). The importer and the features (entities,
 * search, admin, the API) use it; it depends on nothing else in the project, which
 * {@code LayeringTest} checks.
 */
package vn.newsarchive.kernel;
