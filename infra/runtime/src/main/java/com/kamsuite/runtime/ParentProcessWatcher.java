package com.kamsuite.runtime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * When {@code kam.parent-pid} is set (the local launcher sets it for every process it starts), this process
 * closes itself as soon as that parent ends, however it ends: a launcher killed with SIGKILL leaves no orphans.
 */
@AutoConfiguration
@ConditionalOnProperty("kam.parent-pid")
public class ParentProcessWatcher implements ApplicationListener<ApplicationStartedEvent> {

    private static final Logger log = LoggerFactory.getLogger(ParentProcessWatcher.class);

    @Override
    public void onApplicationEvent(ApplicationStartedEvent event) {
        ConfigurableApplicationContext context = event.getApplicationContext();
        long parentPid = Long.parseLong(context.getEnvironment().getRequiredProperty("kam.parent-pid"));
        ProcessHandle.of(parentPid).ifPresentOrElse(
                parent -> parent.onExit().thenRun(() -> stop(context, parentPid)),
                () -> stop(context, parentPid));
    }

    private static void stop(ConfigurableApplicationContext context, long parentPid) {
        log.info("Parent process {} has ended; stopping", parentPid);
        System.exit(org.springframework.boot.SpringApplication.exit(context, () -> 0));
    }
}
