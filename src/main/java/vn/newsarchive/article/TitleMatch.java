package vn.newsarchive.article;

/** An archived article found by the normalised form of a related title. */
public interface TitleMatch {

	Long getId();

	String getTitle();

	String getSlug();

	String getTitleKey();

}
