package vn.newsarchive.api;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The data API answers its errors as JSON {@code {"problem", "message"}}. */
@RestControllerAdvice(basePackageClasses = ApiAdvice.class)
class ApiAdvice {

	@ExceptionHandler
	ResponseEntity<Map<String, String>> notFound(ApiRecordNotFoundException ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(Map.of("problem", "NOT_FOUND", "message", ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> badParameter(MethodArgumentTypeMismatchException ex) {
		return ResponseEntity.badRequest().body(Map.of("problem", "BAD_PARAMETER", "message", ex.getName()));
	}

}
