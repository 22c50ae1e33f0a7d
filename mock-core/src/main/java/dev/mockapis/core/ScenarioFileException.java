package dev.mockapis.core;

import org.jspecify.annotations.Nullable;

/** A scenario file that cannot be read; the message names the file, the line and the field. */
public final class ScenarioFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception for a problem at a place in a file.
     *
     * @param problem what is wrong, or {@code null} when the cause did not say
     */
    public ScenarioFileException(String file, int line, String field, @Nullable String problem) {
        super(file
                + (line > 0 ? ", line " + line : "")
                + (field.isEmpty() ? "" : ", " + field)
                + ": "
                + (problem == null ? "invalid value" : problem));
    }
}
