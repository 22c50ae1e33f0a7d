package dev.mockapis.sample.collaboration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The threads parallel collaborations run on: few, since each waits on the model. */
@Configuration(proxyBeanMethods = false)
class CollaborationConfiguration {

    @Bean
    ThreadPoolTaskExecutor collaborationExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("collaboration-");
        executor.setCorePoolSize(4);
        executor.setMaxPoolSize(4);
        executor.setQueueCapacity(50);
        return executor;
    }
}
