package dev.mockapis.autoconfigure;

import org.springframework.core.env.PropertyResolver;

/**
 * A built-in definition that redirects some client property to a value depending on the application's other
 * settings: Spring AI's OpenAI module in Microsoft Foundry mode needs the fake's Azure endpoint, not its
 * OpenAI one.
 */
interface RedirectsBySettings {

    /**
     * The value a redirected property takes under these settings.
     *
     * @param property the redirected client property
     * @param value the value it is redirected to by default
     * @param settings the application's environment
     * @return the value to use, {@code value} when the settings change nothing
     */
    String redirect(String property, String value, PropertyResolver settings);
}
