package dev.mockapis.plainjunit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** This build proves the fakes work without Spring, so Spring must not reach its test classpath by any path. */
class NoSpringOnTheClasspathTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "org.springframework.core.SpringVersion",
                "org.springframework.boot.SpringApplication",
                "org.springframework.test.web.servlet.MockMvc",
                "org.springframework.web.client.RestClient"
            })
    void springIsAbsent(String springClass) {
        assertThatThrownBy(() -> Class.forName(springClass)).isInstanceOf(ClassNotFoundException.class);
    }
}
