package vn.newsarchive.account;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Accounts' settings, and the password hashing (BCrypt) that commands need too. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ AccountProperties.class, SignInProperties.class })
class AccountConfig {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
