package dev.mockapis.it;

import dev.mockapis.greeter.GreeterApplication;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.ContextRefreshedEvent;

/** The application of the classes that prove scenario selection does not split the context cache. */
@Import(GreeterApplication.class)
public class SharedContextApplication {

    // Test-only static state: it must outlive the contexts it counts.
    private static final AtomicInteger REFRESHES = new AtomicInteger();

    static int refreshes() {
        return REFRESHES.get();
    }

    @Bean
    ApplicationListener<ContextRefreshedEvent> refreshCounter() {
        return event -> REFRESHES.incrementAndGet();
    }
}
