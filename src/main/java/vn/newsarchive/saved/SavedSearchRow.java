package vn.newsarchive.saved;

import java.time.LocalDate;

/**
 * A saved search as its list shows it.
 *
 * @param searchUrl its results, newest first
 * @param feedUrl the absolute address of its Atom feed, for a feed reader
 * @param savedOn the day it was saved, in Vietnam
 */
record SavedSearchRow(long id, String name, String searchUrl, String feedUrl, LocalDate savedOn) {

}
