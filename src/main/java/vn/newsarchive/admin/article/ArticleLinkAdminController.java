package vn.newsarchive.admin.article;

import java.util.function.Supplier;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.newsarchive.admin.Flash;

/**
 * Adding and removing an article's persons, documents and meetings, from its edit page. A
 * refused addition comes back to the page with the message and what was typed.
 */
@Controller
@RequestMapping("/admin/articles/{id}")
class ArticleLinkAdminController {

	/** Flash attribute holding what the editor typed into a refused addition. */
	static final String TYPED = "linkTyped";

	private final ArticleLinkService service;

	private final ArticleMeetingService meetings;

	ArticleLinkAdminController(ArticleLinkService service, ArticleMeetingService meetings) {
		this.service = service;
		this.meetings = meetings;
	}

	@PostMapping("/persons")
	String addPerson(@PathVariable long id, @RequestParam(name = "name", required = false) String name,
			@RequestParam(name = "titles", required = false) String titles, RedirectAttributes redirect) {
		return change(id, redirect, "admin.links.person.added", () -> this.service.addPerson(id, name, titles),
				new LinkTyped(name, titles, null, null, null));
	}

	@PostMapping("/persons/{mentionId}/delete")
	String removePerson(@PathVariable long id, @PathVariable long mentionId, RedirectAttributes redirect) {
		return change(id, redirect, "admin.links.person.removed", () -> this.service.removePerson(id, mentionId), null);
	}

	@PostMapping("/documents")
	String addDocument(@PathVariable long id, @RequestParam(name = "document", required = false) String document,
			RedirectAttributes redirect) {
		return change(id, redirect, "admin.links.document.added", () -> this.service.addDocument(id, document),
				new LinkTyped(null, null, document, null, null));
	}

	@PostMapping("/documents/{resolutionId}/delete")
	String removeDocument(@PathVariable long id, @PathVariable long resolutionId, RedirectAttributes redirect) {
		return change(id, redirect, "admin.links.document.removed", () -> this.service.removeDocument(id, resolutionId),
				null);
	}

	@PostMapping("/meetings")
	String addMeeting(@PathVariable long id, @RequestParam(name = "kind", required = false) String kind,
			@RequestParam(name = "title", required = false) String title, RedirectAttributes redirect) {
		return change(id, redirect, "admin.links.meeting.added",
				() -> this.meetings.addMeeting(id, kind, title).getLabel(),
				new LinkTyped(null, null, null, kind, title));
	}

	@PostMapping("/meetings/{meetingId}/delete")
	String removeMeeting(@PathVariable long id, @PathVariable long meetingId, RedirectAttributes redirect) {
		return change(id, redirect, "admin.links.meeting.removed", () -> this.meetings.removeMeeting(id, meetingId),
				null);
	}

	private static String change(long id, RedirectAttributes redirect, String doneKey, Supplier<String> change,
			LinkTyped typed) {
		try {
			Flash.add(redirect, doneKey, change.get());
		}
		catch (RefusedLinkException ex) {
			Flash.error(redirect, ex.messageKey(), ex.subject());
			if (typed != null) {
				redirect.addFlashAttribute(TYPED, typed);
			}
		}
		return "redirect:/admin/articles/" + id + "/edit#links";
	}

	/** What was typed into the addition forms, shown again after a refusal. */
	record LinkTyped(String name, String titles, String document, String kind, String title) {
	}

}
