package vn.newsarchive.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in form, with why the last attempt failed. */
@Controller
class LoginController {

	static final String VIEW = "login";

	@GetMapping("/login")
	String login(@RequestParam(name = SignInThrottleFilter.THROTTLED, required = false) String throttled, Model model) {
		if (throttled != null) {
			// only a number is shown: the address may have been typed by anyone
			model.addAttribute("waitMinutes", throttled.matches("\\d{1,4}") ? Integer.parseInt(throttled) : 1);
		}
		return VIEW;
	}

}
