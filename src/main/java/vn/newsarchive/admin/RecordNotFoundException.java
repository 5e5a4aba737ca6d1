package vn.newsarchive.admin;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The record asked for is not (or no longer) in the archive. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecordNotFoundException extends RuntimeException {

	public RecordNotFoundException(String what, long id) {
		super(what + " " + id + " not found");
	}

}
