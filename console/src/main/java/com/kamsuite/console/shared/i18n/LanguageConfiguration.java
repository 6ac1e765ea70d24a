package com.kamsuite.console.shared.i18n;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * zh-CN first, English second: the language comes from Accept-Language until the user picks one ({@code ?lang=en}),
 * which a cookie then remembers. Anything else falls back to Chinese.
 */
@Configuration
class LanguageConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("KAM_CONSOLE_LANG");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        // Without Accept-Language the servlet container answers its own default locale (the JVM's, often English):
        // only a language the browser asked for counts.
        resolver.setDefaultLocaleFunction(request -> request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null
                ? Locale.SIMPLIFIED_CHINESE : supported(request.getLocales().asIterator()));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    /** The first supported language the browser asks for; Chinese when it asks for none of them. */
    static Locale supported(java.util.Iterator<Locale> wanted) {
        while (wanted.hasNext()) {
            Locale locale = wanted.next();
            if (locale.getLanguage().equals("zh")) {
                return Locale.SIMPLIFIED_CHINESE;
            }
            if (locale.getLanguage().equals("en")) {
                return Locale.ENGLISH;
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }
}
