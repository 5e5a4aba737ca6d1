package vn.newsarchive.article;

/** An article mentioning a person, with the titles that article gives them. */
public record PersonArticle(ArticleSummary article, String titles) {

}
