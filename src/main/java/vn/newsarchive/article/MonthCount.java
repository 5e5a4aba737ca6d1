package vn.newsarchive.article;

/** How many articles were published in one month. */
public record MonthCount(Integer year, Integer month, Long count) {

}
