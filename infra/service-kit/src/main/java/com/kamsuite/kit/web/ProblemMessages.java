package com.kamsuite.kit.web;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;

import java.util.Arrays;
import java.util.Locale;

/**
 * Localised texts of Problem Details, from the message bundles ({@code problem.<code>.title},
 * {@code problem.<code>.detail}). An argument that names a kind of thing ({@code customer}) is translated too,
 * through {@code entity.<name>}.
 */
public class ProblemMessages {

    private final MessageSource messageSource;

    public ProblemMessages(MessageSource messageSource) {
        this.messageSource = messageSource;
    }

    public String title(String code, HttpStatus status) {
        return title(code, status, LocaleContextHolder.getLocale());
    }

    public String title(String code, HttpStatus status, Locale locale) {
        String statusTitle = messageSource.getMessage("problem.status." + status.value(), null, status.getReasonPhrase(), locale);
        return messageSource.getMessage("problem." + code + ".title", null, statusTitle, locale);
    }

    public String detail(String code, Object[] arguments, String fallback) {
        return detail(code, arguments, fallback, LocaleContextHolder.getLocale());
    }

    public String detail(String code, Object[] arguments, String fallback, Locale locale) {
        Object[] localised = Arrays.stream(arguments)
                .map(argument -> argument instanceof String name
                        ? messageSource.getMessage("entity." + name, null, name, locale)
                        : argument)
                .toArray();
        return messageSource.getMessage("problem." + code + ".detail", localised, fallback, locale);
    }

    public String resolve(MessageSourceResolvable error) {
        return resolve(error, LocaleContextHolder.getLocale());
    }

    public String resolve(MessageSourceResolvable error, Locale locale) {
        return messageSource.getMessage(error, locale);
    }
}
