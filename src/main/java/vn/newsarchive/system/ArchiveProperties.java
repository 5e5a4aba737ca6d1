package vn.newsarchive.system;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Every {@code archive.*} setting, with its default, validated at start: a wrong value
 * stops the archive with the setting's name instead of failing later. Features get their
 * own part ({@link Admin}, {@link SignIn}, …) as a bean. The README's settings table
 * lists the same settings by their environment variable names.
 *
 * @param indexDir the Lucene index directory ({@code ARCHIVE_INDEX_DIR}); its default
 * ({@code ./data/index}) is in application.properties, where Hibernate Search reads it
 * too
 * @param database the database the archive creates or starts when none is set up
 * @param seed the articles imported at the first start of an empty archive
 * @param pageCache anonymous readers' pages served from memory
 * @param admin the first administrator, created at the first start
 * @param signIn the throttling of wrong passwords
 * @param site the public address absolute links are written with
 * @param search where the search index lives and what one query may cost
 * @param rateLimit how often one client may search or call the APIs
 * @param indexWatch how the running archive watches its index
 * @param reports readers' reports of errors
 */
@ConfigurationProperties("archive")
@Validated
public record ArchiveProperties(@NotNull Path indexDir, @Valid @DefaultValue Database database,
		@Valid @DefaultValue Seed seed, @Valid @DefaultValue PageCache pageCache, @Valid @DefaultValue Admin admin,
		@Valid @DefaultValue SignIn signIn, @Valid @DefaultValue SiteProperties site,
		@Valid @DefaultValue SearchSettings search, @Valid @DefaultValue RateLimitProperties rateLimit,
		@Valid @DefaultValue IndexWatchProperties indexWatch, @Valid @DefaultValue ReaderReportProperties reports) {

	/**
	 * The archive's own database.
	 *
	 * @param createIfMissing on a server without the archive's role or database, create
	 * them ({@code db/init.sql}) through the administrative login
	 * @param adminUsername that administrative login
	 * @param adminPassword its password (empty for a server that trusts local logins)
	 * @param embeddedDir where the embedded PostgreSQL, started when
	 * {@code SPRING_DATASOURCE_URL} is unset, keeps its data between runs
	 */
	public record Database(@DefaultValue("true") boolean createIfMissing,
			@NotBlank @DefaultValue("postgres") String adminUsername, @DefaultValue("") String adminPassword,
			@NotNull @DefaultValue("./data/postgres") Path embeddedDir) {
	}

	/**
	 * @param enabled import the seed folder at a start that finds no article
	 * @param dir the seed folder
	 */
	public record Seed(@DefaultValue("true") boolean enabled, @NotNull @DefaultValue("seeds") Path dir) {
	}

	/**
	 * @param enabled serve anonymous readers' repeated page requests from memory until
	 * the next committed write
	 * @param maxMegabytes memory the cache may hold
	 */
	public record PageCache(@DefaultValue("true") boolean enabled, @Min(1) @DefaultValue("64") long maxMegabytes) {
	}

	/**
	 * The first administrator, created at the first start when there is no account yet;
	 * read only then.
	 *
	 * @param username its user name
	 * @param password its password; unset, a random one-time password is printed once in
	 * the log and must be changed at the first sign-in (there is no default password)
	 */
	public record Admin(@NotBlank @DefaultValue("admin") String username, String password) {
	}

	/**
	 * Wrong passwords sign-in takes before it makes the next attempt wait; each allowance
	 * refills evenly over the window.
	 *
	 * @param maxFailuresPerAccount wrong passwords for one account within the window
	 * @param maxFailuresPerAddress wrong passwords from one address, any accounts
	 * @param window the time the allowances refill over
	 */
	public record SignIn(@Min(1) @DefaultValue("5") int maxFailuresPerAccount,
			@Min(1) @DefaultValue("20") int maxFailuresPerAddress, @NotNull @DefaultValue("15m") Duration window) {
	}

}
