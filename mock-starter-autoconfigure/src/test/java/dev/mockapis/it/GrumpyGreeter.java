package dev.mockapis.it;

import dev.mockapis.MockApis;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A composed annotation, as a team would write one for a recurring outage. */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@MockApis(twilio = "rate_limited", scenarios = "greeter=grumpy")
@interface GrumpyGreeter {}
