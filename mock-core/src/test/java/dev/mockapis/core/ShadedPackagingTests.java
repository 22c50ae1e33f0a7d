package dev.mockapis.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShadedPackagingTests {

    @Test
    void testsRunAgainstTheShadedJar() {
        String location = FakeServer.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toString();

        assertThat(location).endsWith(".jar");
    }

    @Test
    void mockWebServerIsReachableOnlyUnderTheRelocatedPackage() throws ClassNotFoundException {
        assertThat(Class.forName("dev.mockapis.shaded.mockwebserver3.MockWebServer"))
                .isNotNull();
        assertThat(Class.forName("dev.mockapis.shaded.kotlin.Unit")).isNotNull();
        assertThatThrownBy(() -> Class.forName("mockwebserver3.MockWebServer"))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
