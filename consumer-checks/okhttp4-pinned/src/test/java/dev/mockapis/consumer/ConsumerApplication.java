package dev.mockapis.consumer;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** An application with no beans of its own: the starter provides the OpenAI client it calls. */
@SpringBootApplication
class ConsumerApplication {}
