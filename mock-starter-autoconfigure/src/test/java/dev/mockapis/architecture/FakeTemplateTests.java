package dev.mockapis.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.mockapis.core.ErrorFormat;
import dev.mockapis.core.FakeApi;
import dev.mockapis.core.RateLimitFormat;
import dev.mockapis.core.RouteTable;
import dev.mockapis.core.ScenarioCatalog;
import dev.mockapis.core.internal.IdSequence;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every provider fake has the same shape, so that reading one teaches the others and a new provider
 * starts from the template: in its own package, next to the public {@code <Provider>Fake}, a
 * {@code <Provider>Routes} that alone declares the routes, a {@code <Provider>Errors} with the provider's
 * {@link ErrorFormat}, a {@code <Provider>Scenarios} that alone builds the scenario catalog, a
 * {@code <Provider>RateLimits} that is the provider's {@link RateLimitFormat}, a {@code <Provider>Headers}
 * for the headers the provider checks or sends, and ids drawn only from {@link IdSequence}s the fake owns.
 */
class FakeTemplateTests {

    private static final Set<String> RANDOMNESS = Set.of(
            "java.util.UUID.randomUUID",
            "java.util.Random.<init>",
            "java.security.SecureRandom.<init>",
            "java.util.concurrent.ThreadLocalRandom.current",
            "java.lang.Math.random");

    private static JavaClasses classes;
    private static List<JavaClass> fakes;

    @BeforeAll
    static void importTheFakes() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> location.contains("/mock-fakes/") || location.contains("/mock-fakes-"))
                .importPackages("dev.mockapis");
        fakes = classes.stream()
                .filter(type -> type.isAssignableTo(FakeApi.class))
                .filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC))
                .toList();
    }

    @Test
    void everyProviderIsFound() {
        assertThat(fakes)
                .extracting(JavaClass::getSimpleName)
                .contains("OpenAiFake", "AnthropicFake", "GeminiFake", "DeepSeekFake", "TwilioFake")
                .allMatch(name -> name.endsWith("Fake"));
    }

    @Test
    void everyFakeHasEveryRole() {
        SoftAssertions softly = new SoftAssertions();
        for (JavaClass fake : fakes) {
            String provider = provider(fake);
            softly.assertThat(fake.getModifiers()).as(fake.getName()).contains(JavaModifier.FINAL);
            for (String role : List.of("Routes", "Errors", "Scenarios", "RateLimits", "Headers")) {
                softly.assertThat(sibling(fake, provider + role))
                        .as("%s has a %s%s", fake.getSimpleName(), provider, role)
                        .isNotNull();
            }
        }
        softly.assertAll();
    }

    @Test
    void onlyTheRoutesClassDeclaresRoutes() {
        assertEachPackage(
                "RouteTable.builder() is called",
                "Routes",
                type -> calls(type, access -> isCallTo(access, RouteTable.class, "builder")));
    }

    @Test
    void onlyTheScenariosClassBuildsTheCatalog() {
        assertEachPackage(
                "ScenarioCatalog.of(...) is called",
                "Scenarios",
                type -> calls(type, access -> isCallTo(access, ScenarioCatalog.class, "of")));
    }

    @Test
    void theRateLimitsClassIsTheOnlyRateLimitFormat() {
        assertEachPackage(
                "RateLimitFormat is implemented",
                "RateLimits",
                type -> type.isAssignableTo(RateLimitFormat.class) && !type.isInterface());
    }

    @Test
    void theErrorsClassesHoldTheOnlyErrorFormat() {
        SoftAssertions softly = new SoftAssertions();
        for (JavaClass fake : fakes) {
            String provider = provider(fake);
            softly.assertThat(inPackageOf(fake)
                            .filter(type -> type.isAssignableTo(ErrorFormat.class) && !type.isInterface())
                            .map(JavaClass::getSimpleName))
                    .as("the ErrorFormat of %s", fake.getSimpleName())
                    .hasSize(1)
                    .allMatch(name -> name.startsWith(provider + "Error"));
        }
        softly.assertAll();
    }

    /**
     * One id source: each fake owns its {@link IdSequence}s (seeded alike through one property, restarted
     * by a reset) and hands them to what mints ids; nothing draws its own randomness.
     */
    @Test
    void idsComeOnlyFromSequencesTheFakeOwns() {
        assertEachPackage(
                "an IdSequence is constructed",
                "Fake",
                type -> calls(type, access -> isCallTo(access, IdSequence.class, "<init>")));
        assertThat(classes.stream()
                        .flatMap(type -> type.getAccessesFromSelf().stream())
                        .filter(access -> RANDOMNESS.contains(
                                access.getTarget().getOwner().getName() + "."
                                        + access.getTarget().getName()))
                        .map(JavaAccess::getDescription))
                .as("randomness outside IdSequence")
                .isEmpty();
    }

    private static void assertEachPackage(String what, String role, Predicate<JavaClass> doesIt) {
        SoftAssertions softly = new SoftAssertions();
        for (JavaClass fake : fakes) {
            String owner = provider(fake) + role;
            softly.assertThat(inPackageOf(fake)
                            .filter(type -> !outermost(type).getSimpleName().equals(owner))
                            .filter(doesIt)
                            .map(JavaClass::getName))
                    .as("in %s, %s only by %s", fake.getPackageName(), what, owner)
                    .isEmpty();
        }
        softly.assertAll();
    }

    private static boolean calls(JavaClass type, Predicate<JavaAccess<?>> access) {
        return type.getAccessesFromSelf().stream().anyMatch(access);
    }

    private static boolean isCallTo(JavaAccess<?> access, Class<?> owner, String name) {
        return access.getTarget().getOwner().isEquivalentTo(owner)
                && access.getTarget().getName().equals(name);
    }

    private static Stream<JavaClass> inPackageOf(JavaClass fake) {
        return classes.stream().filter(type -> type.getPackageName().equals(fake.getPackageName()));
    }

    private static JavaClass outermost(JavaClass type) {
        JavaClass outermost = type;
        while (outermost.getEnclosingClass().isPresent()) {
            outermost = outermost.getEnclosingClass().get();
        }
        return outermost;
    }

    private static JavaClass sibling(JavaClass fake, String simpleName) {
        String name = fake.getPackageName() + "." + simpleName;
        return classes.contain(name) ? classes.get(name) : null;
    }

    private static String provider(JavaClass fake) {
        return fake.getSimpleName().substring(0, fake.getSimpleName().length() - "Fake".length());
    }
}
