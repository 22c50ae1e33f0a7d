package dev.mockapis;

import dev.mockapis.core.Scenario;
import java.util.Objects;
import org.jspecify.annotations.NullMarked;

/**
 * A scenario for one api, declared as a bean so that {@link MockApis} can select it by name:
 *
 * <pre>{@code
 * @Bean
 * ApiScenario slowReplies() {
 *     return ApiScenario.of("openai", Scenario.builder("slow_replies")
 *             .on("chat.completions.create", r -> r.proceed(Fault.delay(Duration.ofSeconds(2))))
 *             .build());
 * }
 * }</pre>
 *
 * A scenario named like a built-in one replaces it. Plain {@code Scenario} beans are rejected because
 * nothing says which api they script.
 *
 * @param api the api's name, such as {@code openai}
 * @param scenario the scenario
 */
@NullMarked
public record ApiScenario(String api, Scenario scenario) {

    /** Validates. */
    public ApiScenario {
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(scenario, "scenario");
    }

    /** A scenario for the named api. */
    public static ApiScenario of(String api, Scenario scenario) {
        return new ApiScenario(api, scenario);
    }
}
