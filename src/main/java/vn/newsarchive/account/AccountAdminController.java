package vn.newsarchive.account;

import java.security.Principal;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.newsarchive.admin.Flash;
import vn.newsarchive.admin.FormSave;
import vn.newsarchive.admin.FormSave.Saved;
import vn.newsarchive.admin.RefusedEditException;

/**
 * Admins list, add, disable, enable and reset accounts (SecurityConfig keeps editors
 * out). A new or reset password is shown once, on the page the POST redirects to.
 */
@Controller
@RequestMapping("/admin/users")
class AccountAdminController {

	static final String VIEW = "admin/account/users";

	static final String ONE_TIME_PASSWORD = "oneTimePassword";

	private final AccountService accounts;

	AccountAdminController(AccountService accounts) {
		this.accounts = accounts;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String list(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new NewAccountForm());
		}
		return show(model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") NewAccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return FormSave.run(result, model, redirect, () -> show(model), () -> {
			String password = this.accounts.create(form.getUsername(), form.getRole());
			redirect.addFlashAttribute(ONE_TIME_PASSWORD, password);
			return new Saved("account.created", Usernames.normalise(form.getUsername()), "/admin/users");
		});
	}

	@PostMapping("/{id}/reset")
	String reset(@PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute(ONE_TIME_PASSWORD, this.accounts.resetPassword(id));
		Flash.add(redirect, "account.reset", null);
		return "redirect:/admin/users";
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		return setEnabled(id, false, principal, redirect);
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		return setEnabled(id, true, principal, redirect);
	}

	private String setEnabled(long id, boolean enabled, Principal principal, RedirectAttributes redirect) {
		try {
			Account account = this.accounts.setEnabled(id, enabled, principal.getName());
			Flash.add(redirect, enabled ? "account.enabled" : "account.disabled", account.getUsername());
		}
		catch (RefusedEditException ex) {
			Flash.error(redirect, ex.getMessageKey(), null);
		}
		return "redirect:/admin/users";
	}

	private String show(Model model) {
		model.addAttribute("accounts", this.accounts.list());
		model.addAttribute("roles", AccountRole.values());
		return VIEW;
	}

}
