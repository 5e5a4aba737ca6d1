package vn.newsarchive.admin.upload;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.newsarchive.admin.Flash;

/**
 * An upload over the size limits fails before any controller is chosen, so this advice
 * cannot be limited to the import controller; uploads exist only there.
 */
@ControllerAdvice
class UploadTooLargeAdvice {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(RedirectAttributes redirect) {
		Flash.error(redirect, "admin.import.tooLarge", null);
		return "redirect:/admin/import";
	}

}
