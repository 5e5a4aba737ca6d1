package vn.newsarchive.admin.merge;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import vn.newsarchive.history.MergedRecords;
import vn.newsarchive.history.RecordKind;
import vn.newsarchive.meeting.Meeting;
import vn.newsarchive.person.Person;
import vn.newsarchive.resolution.Resolution;
import vn.newsarchive.system.NotFoundException;

/**
 * The public page of a record merged into another answers 301 to the survivor's page, so
 * links and search engines follow the merge; any other missing record stays a 404.
 */
@ControllerAdvice(basePackages = { "vn.newsarchive.person", "vn.newsarchive.resolution", "vn.newsarchive.meeting" })
class MergedAddressAdvice {

	private static final Map<String, RecordKind> KINDS = Map.of("Person", RecordKind.PERSON, "Resolution",
			RecordKind.RESOLUTION, "Meeting", RecordKind.MEETING);

	private final MergedRecords merged;

	private final EntityManager entityManager;

	MergedAddressAdvice(MergedRecords merged, EntityManager entityManager) {
		this.merged = merged;
		this.entityManager = entityManager;
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Void> notFound(NotFoundException ex, HttpServletResponse response) throws IOException {
		Optional<String> survivor = Optional.ofNullable(KINDS.get(ex.getWhat()))
			.flatMap((kind) -> this.merged.survivorOf(kind, ex.getId()).map((id) -> url(kind, id)));
		if (survivor.isPresent() && survivor.get() != null) {
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
				.header(HttpHeaders.LOCATION, survivor.get())
				.build();
		}
		response.sendError(HttpStatus.NOT_FOUND.value(), ex.getMessage());
		return null;
	}

	private String url(RecordKind kind, long id) {
		return switch (kind) {
			case PERSON -> urlOf(this.entityManager.find(Person.class, id), Person::getUrl);
			case RESOLUTION -> urlOf(this.entityManager.find(Resolution.class, id), Resolution::getUrl);
			case MEETING -> urlOf(this.entityManager.find(Meeting.class, id), Meeting::getUrl);
			default -> null;
		};
	}

	private static <T> String urlOf(T record, java.util.function.Function<T, String> url) {
		return (record != null) ? url.apply(record) : null;
	}

}
