package org.quanze.disclosure.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The parties' door, apart from the staff's (platform's SecurityConfiguration): its own filter chain for
 * {@code /portal/**} and {@code /api/v1/portal/**}, ahead of the staff chains, keeping the party's sign-in in the
 * session under its own key — the staff chains never see it, so a party is nobody to them — and a filter that
 * answers 403 to a party's session anywhere else.
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurity {

    /** The session attribute holding a party's sign-in (the staff's is Spring Security's default key). */
    static final String SESSION_KEY = "QUANZE_PARTY_SECURITY_CONTEXT";

    static HttpSessionSecurityContextRepository repository() {
        HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();
        repository.setSpringSecurityContextKey(SESSION_KEY);
        return repository;
    }

    @Bean
    @Order(0)
    SecurityFilterChain portal(HttpSecurity http) throws Exception {
        return http.securityMatcher("/portal/**", "/portal", "/api/v1/portal/**")
                .securityContext(c -> c.securityContextRepository(repository()))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/portal").permitAll()
                        .requestMatchers(org.springframework.http.HttpMethod.POST, "/portal/sign-in", "/portal/one-time-code", "/api/v1/portal/sessions",
                                "/api/v1/portal/one-time-codes").permitAll()
                        .anyRequest().hasRole("PARTY"))
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> {
                    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                        response.setContentType("application/problem+json;charset=UTF-8");
                        response.getWriter().write("""
                                {"type":"https://quanze.org/problems/portal.signIn","title":"需要登录","status":401,\
                                "detail":"请以案号和查询码登录"}""");
                    } else {
                        response.sendRedirect(request.getContextPath() + "/portal");
                    }
                }))
                // the JSON API takes a JSON body (a form post from elsewhere cannot forge it); the pages keep CSRF tokens
                .csrf(c -> c.ignoringRequestMatchers("/api/v1/portal/**"))
                .build();
    }

    /** Signs the party in: a fresh session (never one a staff member or someone else used) holding only the case. */
    static void signIn(String caseNumber, HttpServletRequest request, HttpServletResponse response) {
        HttpSession old = request.getSession(false);
        if (old != null) old.invalidate();
        request.getSession(true);
        SecurityContext context = new SecurityContextImpl(new PartyAuthentication(caseNumber));
        SecurityContextHolder.setContext(context);
        repository().saveContext(context, request, response);
    }

    static void signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) session.invalidate();
        SecurityContextHolder.clearContext();
    }

    /** Before any security chain: a party's session outside the portal, the public site and static files is refused. */
    @Bean
    FilterRegistrationBean<PartyConfinement> partyConfinement() {
        FilterRegistrationBean<PartyConfinement> registration = new FilterRegistrationBean<>(new PartyConfinement());
        registration.setOrder(-101); // Spring Security's chain is at -100
        return registration;
    }

    static final class PartyConfinement extends OncePerRequestFilter {

        private static final String[] OPEN = {"/portal", "/api/v1/portal/", "/public/", "/css/", "/js/", "/webjars/",
                "/favicon.ico", "/error", "/login", "/logout"};

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(SESSION_KEY) != null
                    && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) == null
                    && !open(request.getRequestURI().substring(request.getContextPath().length()))) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType("application/problem+json;charset=UTF-8");
                response.getWriter().write("""
                        {"type":"https://quanze.org/problems/portal.partyOnly","title":"禁止访问","status":403,\
                        "detail":"当事人只能查看本人案件"}""");
                return;
            }
            chain.doFilter(request, response);
        }

        private static boolean open(String path) {
            for (String p : OPEN) if (path.equals(p) || path.startsWith(p.endsWith("/") ? p : p + "/") || path.equals(p)) return true;
            return false;
        }
    }
}
