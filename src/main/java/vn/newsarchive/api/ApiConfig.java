package vn.newsarchive.api;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Every answer of the data API carries an {@code ETag} (a hash of its body): a client
 * sending it back in {@code If-None-Match} gets 304 Not Modified without the body.
 */
@Configuration(proxyBeanMethods = false)
class ApiConfig {

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> dataApiEtags() {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
				new ShallowEtagHeaderFilter());
		registration.addUrlPatterns("/api/v1/*");
		registration.setName("dataApiEtags");
		return registration;
	}

}
