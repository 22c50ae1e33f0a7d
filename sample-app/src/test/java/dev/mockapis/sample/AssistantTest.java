package dev.mockapis.sample;

import dev.mockapis.MockApis;
import dev.mockapis.sample.infra.PostgresInitializer;
import dev.mockapis.sample.infra.RedisInitializer;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one test configuration of the suite: the whole application on the MockApis fakes, driven through
 * MockMvc. Every class carries exactly this, so they all share one application context; a class or a
 * method picks its scenarios with its own {@code @MockApis}, which does not split the context. The
 * database is a real PostgreSQL and the instances' shared state a real Redis, both started once for the
 * test JVM ({@link PostgresInitializer}, {@link RedisInitializer}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ContextConfiguration(initializers = {PostgresInitializer.class, RedisInitializer.class})
@MockApis
@ExtendWith({ColdStartWarmUp.class, ApplicationStateReset.class})
public @interface AssistantTest {}
