package dev.mockapis.benchmarks;

/** The baseline for the standalone server's start: a JVM that starts, prints one line and exits. */
final class Hello {

    private Hello() {}

    public static void main(String[] args) {
        System.out.println("hello");
    }
}
