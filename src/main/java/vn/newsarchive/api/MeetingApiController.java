package vn.newsarchive.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A meeting as data. */
@RestController
class MeetingApiController {

	private final MeetingData meetings;

	MeetingApiController(MeetingData meetings) {
		this.meetings = meetings;
	}

	@GetMapping("/api/v1/meetings/{id}")
	MeetingData.Detail meeting(@PathVariable long id) {
		return this.meetings.one(id);
	}

}
