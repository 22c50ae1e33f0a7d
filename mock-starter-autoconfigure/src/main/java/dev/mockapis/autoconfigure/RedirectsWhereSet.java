package dev.mockapis.autoconfigure;

import java.util.Set;

/**
 * A built-in definition whose redirected properties include some that are redirected only where the
 * application sets them itself: the credentials whose presence switches a client's auto-configuration on
 * (LangChain4j's starters create a model bean only when its {@code api-key} is set), so that redirecting
 * them never adds a bean the application did not ask for, while an application that sets one from an
 * environment variable needs no key in its tests.
 */
interface RedirectsWhereSet {

    /** The keys among the redirected properties that are redirected only where the application sets them. */
    Set<String> redirectedWhereSet();
}
