package vn.newsarchive.account;

import java.security.Principal;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.newsarchive.admin.FormSave;
import vn.newsarchive.admin.FormSave.Saved;

/**
 * Everyone changes their own password here; an account holding a one-time password is
 * sent here until it has.
 */
@Controller
@RequestMapping(AccountStateFilter.PASSWORD_PAGE)
class PasswordController {

	static final String VIEW = "admin/account/password";

	private final AccountService accounts;

	PasswordController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String form(Principal principal, Model model) {
		model.addAttribute("form", new PasswordForm());
		return show(principal, model);
	}

	@PostMapping
	String change(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result, Principal principal,
			Model model, RedirectAttributes redirect) {
		return FormSave.run(result, model, redirect, () -> show(principal, model), () -> {
			this.accounts.changePassword(principal.getName(), form.getCurrent(), form.getChosen());
			return new Saved("account.password.changed", principal.getName(), "/admin");
		});
	}

	private String show(Principal principal, Model model) {
		model.addAttribute("required",
				this.accounts.find(principal.getName()).map(Account::isPasswordChangeRequired).orElse(false));
		return VIEW;
	}

}
