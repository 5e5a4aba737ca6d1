package vn.newsarchive.ingest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.newsarchive.admin.Flash;

/**
 * Admins see the API tokens, create one (shown once, on the page the POST redirects to)
 * and revoke them; SecurityConfig keeps editors out.
 */
@Controller
@RequestMapping("/admin/tokens")
class TokenAdminController {

	static final String VIEW = "admin/account/tokens";

	static final String NEW_TOKEN = "newToken";

	private final ApiTokenService tokens;

	TokenAdminController(ApiTokenService tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("tokens", this.tokens.list());
		return VIEW;
	}

	@PostMapping
	String create(@RequestParam(name = "name", defaultValue = "") String name, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute(NEW_TOKEN, this.tokens.create(name));
			Flash.add(redirect, "token.created", name.strip());
		}
		catch (TokenNameException ex) {
			Flash.error(redirect, ex.messageKey(), name.strip());
		}
		return "redirect:/admin/tokens";
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id, RedirectAttributes redirect) {
		Flash.add(redirect, "token.revoked", this.tokens.revoke(id).getName());
		return "redirect:/admin/tokens";
	}

}
