package dev.mockapis.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Marks a deliberately failing test class that only another test may launch (through EngineTestKit
 * with the configuration parameter {@value #PARAMETER}); a build that discovers it skips it. Its
 * context keeps Spring's TestContextManager quiet: the launching test asserts the failures, which that
 * logger would otherwise print with their stack traces into a passing build's output.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(OnlyWhenLaunchedByATest.Condition.class)
@TestPropertySource(properties = "logging.level.org.springframework.test.context.TestContextManager=off")
@interface OnlyWhenLaunchedByATest {

    String PARAMETER = "mockapis.launched-by-test";

    class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(PARAMETER).isPresent()
                    ? ConditionEvaluationResult.enabled("launched by a test")
                    : ConditionEvaluationResult.disabled("fails on purpose; launched by another test only");
        }
    }
}
