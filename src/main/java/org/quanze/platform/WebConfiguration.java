package org.quanze.platform;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Chinese by default; {@code ?lang=en} switches a person to English and a cookie remembers it. Static files are served
 * from their own paths only (issue 11): with Spring Boot's default "/**" mapping, the resource chain's URL encoding
 * looked every link of every page up on the classpath — two thirds of a workbench page's time.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("quanze-lang");
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl hour = CacheControl.maxAge(Duration.ofHours(1));
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").setCacheControl(hour);
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").setCacheControl(hour);
        // browsers ask for it on every first visit; without it each asked the error page
        registry.addResourceHandler("/favicon.ico").addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(7)));
        // version-less WebJar paths (/webjars/echarts/dist/echarts.min.js) resolved to the WebJar on the classpath
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(7))).resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        registry.addInterceptor(interceptor);
    }
}
