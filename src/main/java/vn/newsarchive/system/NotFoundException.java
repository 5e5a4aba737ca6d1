package vn.newsarchive.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A page asked for a record the archive does not hold; answered with the 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	private final String what;

	private final long id;

	public NotFoundException(String what, long id) {
		super(what + " " + id + " is not in the archive");
		this.what = what;
		this.id = id;
	}

	/** The kind of record asked for, as the page names it ("Person", "Resolution"...). */
	public String getWhat() {
		return this.what;
	}

	public long getId() {
		return this.id;
	}

}
