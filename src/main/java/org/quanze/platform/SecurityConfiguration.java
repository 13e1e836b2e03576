package org.quanze.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import tools.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two doors: the JSON API under {@code /api/v1} takes HTTP Basic, keeps no session and answers 401 as problem+json;
 * people sign in with a form and a session that times out ({@code server.servlet.session.timeout}). What a signed-in
 * person may then do is decided by the power list, not here.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** BCrypt; a match is remembered for {@code quanze.security.password-memory} (PT0S: never), see the encoder. */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${quanze.security.password-memory:PT5M}") Duration memory) {
        return new RememberedPasswordEncoder(new BCryptPasswordEncoder(), memory, Clock.systemUTC());
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, MessageSource messages, ObjectMapper json,
            org.springframework.web.servlet.LocaleResolver locales) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/openapi/**", "/api/v1/docs/**", "/api/v1/public/**", "/api/v1/health")
                        .permitAll()
                        .anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint((request, response, e) -> {
                    if (DatabaseUnavailable.causedBy(e)) {
                        // the account could not be read: the database is out of reach, the password may be right
                        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                        response.setHeader("Retry-After", DatabaseUnavailable.RETRY_AFTER);
                        response.setContentType("application/problem+json;charset=UTF-8");
                        response.getWriter().write(json.writeValueAsString(
                                DatabaseUnavailable.problem(messages, locales.resolveLocale(request))));
                        return;
                    }
                    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                    response.setHeader("WWW-Authenticate", "Basic realm=\"quanze\"");
                    response.setContentType("application/problem+json;charset=UTF-8");
                    response.getWriter().write("""
                            {"type":"https://quanze.org/problems/auth.required","title":"需要登录","status":401,\
                            "detail":"请使用 HTTP Basic 提供用户名和密码"}""");
                }))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
                                "/public/**")
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", true).failureHandler(new LoginFailure()))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .sessionManagement(s -> s.invalidSessionUrl("/login?expired"))
                .build();
    }
}
