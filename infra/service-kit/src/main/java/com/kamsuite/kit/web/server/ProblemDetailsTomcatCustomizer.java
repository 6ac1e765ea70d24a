package com.kamsuite.kit.web.server;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Puts {@link ProblemDetailsErrorReportValve} in place of every error report valve of the host, Boot's own included
 * (it adds one to hide the server's version). Runs after Boot's customizers, so its context customizer sees their valve.
 */
public class ProblemDetailsTomcatCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final ProblemWriter problems;

    public ProblemDetailsTomcatCustomizer(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Host host = (Host) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            if (host instanceof StandardHost standardHost) {
                // So that the host, when it starts, finds its error report valve and adds no HTML one of its own.
                standardHost.setErrorReportValveClass(ProblemDetailsErrorReportValve.class.getName());
            }
            host.getPipeline().addValve(new ProblemDetailsErrorReportValve(problems));
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
