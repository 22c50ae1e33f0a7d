package dev.mockapis.consumer.springai;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Spring AI application configured only by properties. */
@SpringBootApplication
class SpringAiApplication {
}
