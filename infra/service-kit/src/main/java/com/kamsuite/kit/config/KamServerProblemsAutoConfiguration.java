package com.kamsuite.kit.config;

import com.kamsuite.kit.web.ProblemMessages;
import com.kamsuite.kit.web.server.ProblemDetailsTomcatCustomizer;
import com.kamsuite.kit.web.server.ProblemWriter;
import com.kamsuite.kit.web.server.WellFormedParametersFilter;
import org.apache.catalina.startup.Tomcat;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/**
 * Client mistakes that never reach a controller are Problem Details too: undecodable parameters (a filter ahead of
 * security) and what Tomcat itself refuses (malformed paths, oversize headers: its error report valve replaced).
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(Tomcat.class)
public class KamServerProblemsAutoConfiguration {

    @Bean
    ProblemWriter kamProblemWriter(MessageSource messageSource, JsonMapper json) {
        return new ProblemWriter(new ProblemMessages(messageSource), json);
    }

    @Bean
    FilterRegistrationBean<WellFormedParametersFilter> kamWellFormedParametersFilter(ProblemWriter problems) {
        FilterRegistrationBean<WellFormedParametersFilter> registration = new FilterRegistrationBean<>(new WellFormedParametersFilter(problems));
        registration.setOrder(WellFormedParametersFilter.ORDER);
        return registration;
    }

    @Bean
    ProblemDetailsTomcatCustomizer kamProblemDetailsTomcatCustomizer(ProblemWriter problems) {
        return new ProblemDetailsTomcatCustomizer(problems);
    }
}
