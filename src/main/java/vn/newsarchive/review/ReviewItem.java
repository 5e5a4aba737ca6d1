package vn.newsarchive.review;

/**
 * An open item of the review queue: what it is about ({@code label}, linked to
 * {@code viewPath}), why it is asked (the message key {@code reason}, and a {@code note}
 * in the words of whoever raised it, if any), and where an editor fixes it.
 */
public record ReviewItem(String source, String subject, String label, String viewPath, String reason, String note,
		String fixPath) {
}
