package vn.newsarchive.account;

/**
 * What an account may do: editors edit; admins also manage accounts, tokens and the audit
 * log.
 */
public enum AccountRole {

	EDITOR, ADMIN

}
