package dev.mockapis.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering the modules promise, checked on their packaged classes: the engine and the fakes stay
 * free of Spring and JUnit, packages form no cycles, {@code internal} packages stay inside their module,
 * and users never meet a Jackson type in a public signature.
 */
class ArchitectureTests {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/dev/mockapis/shaded/"))
                .importPackages("dev.mockapis");
    }

    @Test
    void everyModuleIsTold() {
        for (Module module : new Module[] {Module.CORE, Module.FAKES, Module.AUTOCONFIGURE}) {
            assertThat(classes.stream().filter(module::contains))
                    .as(module.artifactId)
                    .isNotEmpty();
        }
        assertThat(classes.stream().filter(Module.UNKNOWN::contains)).isEmpty();
    }

    @Test
    void theEngineAndTheFakesKnowNothingOfSpringOrJUnit() {
        noClasses()
                .that(areIn(Module.CORE).or(areIn(Module.FAKES)))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "org.junit..", "jakarta.servlet..")
                .check(classes);
    }

    /**
     * A package and its {@code internal} part are one slice: the API hands work to its implementation and
     * the implementation speaks the API's types. Between any other packages, no cycle.
     */
    @Test
    void packagesFormNoCycles() {
        slices().assignedFrom(packagesWithTheirInternals())
                .should()
                .beFreeOfCycles()
                .check(classes);
    }

    private static SliceAssignment packagesWithTheirInternals() {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass type) {
                String name = type.getPackageName();
                if (!name.startsWith("dev.mockapis")) {
                    return SliceIdentifier.ignore();
                }
                return SliceIdentifier.of(name.replaceAll("\\.internal(\\..*)?$", ""));
            }

            @Override
            public String getDescription() {
                return "packages of dev.mockapis, each with its internal part";
            }
        };
    }

    /**
     * The engine's {@code internal} packages also serve the provider fakes: both ship together, shaded
     * into one artifact, and the fakes are the engine's own first users. No other module, and no user,
     * reaches them.
     */
    @Test
    void internalPackagesAreUsedOnlyInsideTheirModule() {
        classes()
                .that()
                .resideInAPackage("..internal..")
                .should(beUsedOnlyFromTheirOwnModule())
                .allowEmptyShould(true)
                .check(classes);
    }

    /**
     * Jackson is how the engine reads and writes JSON, not part of its promise: users meet their own
     * types, plain Java collections, or text.
     */
    @Test
    void publicSignaturesHaveNoJacksonTypes() {
        classes()
                .that()
                .arePublic()
                .and()
                .resideOutsideOfPackage("..internal..")
                .should(exposeNoJacksonTypes())
                .check(classes);
    }

    /**
     * Users read nullness from the types they write: each public type outside {@code internal} packages
     * is {@code @NullMarked}, by its package or, in the package the starter and the fakes share, itself.
     * The Spring TestContext glue in {@code dev.mockapis.test} has no public types to mark.
     */
    @Test
    void publicTypesAreNullMarked() {
        classes()
                .that()
                .arePublic()
                .and()
                .resideOutsideOfPackage("..internal..")
                .should(beNullMarked())
                .check(classes);
    }

    private static ArchCondition<JavaClass> beNullMarked() {
        return new ArchCondition<>("be @NullMarked by their package or themselves") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                JavaClass outermost = type;
                while (outermost.getEnclosingClass().isPresent()) {
                    outermost = outermost.getEnclosingClass().get();
                }
                if (!outermost.isAnnotatedWith(NullMarked.class)
                        && !type.getPackage().isAnnotatedWith(NullMarked.class)) {
                    events.add(SimpleConditionEvent.violated(type, type.getName() + " is not @NullMarked"));
                }
            }
        };
    }

    private static DescribedPredicate<JavaClass> areIn(Module module) {
        return DescribedPredicate.describe("are in " + module.artifactId, module::contains);
    }

    private static ArchCondition<JavaClass> beUsedOnlyFromTheirOwnModule() {
        return new ArchCondition<>("be used only from their own module") {
            @Override
            public void check(JavaClass internal, ConditionEvents events) {
                Module home = Module.of(internal);
                internal.getDirectDependenciesToSelf().stream()
                        .filter(dependency -> !home.sharesInternalsWith(Module.of(dependency.getOriginClass())))
                        .forEach(dependency ->
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription())));
            }
        };
    }

    private static ArchCondition<JavaClass> exposeNoJacksonTypes() {
        return new ArchCondition<>("expose no Jackson types in public signatures") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (JavaCodeUnit member : type.getCodeUnits()) {
                    if (member.getModifiers().contains(JavaModifier.PUBLIC)
                            || member.getModifiers().contains(JavaModifier.PROTECTED)) {
                        Stream.concat(Stream.of(member.getReturnType()), member.getParameterTypes().stream())
                                .filter(ArchitectureTests::involvesJackson)
                                .forEach(jackson -> events.add(SimpleConditionEvent.violated(
                                        member, member.getFullName() + " exposes " + jackson.getName())));
                    }
                }
                for (JavaField field : type.getFields()) {
                    if (field.getModifiers().contains(JavaModifier.PUBLIC) && involvesJackson(field.getType())) {
                        events.add(SimpleConditionEvent.violated(
                                field,
                                field.getFullName() + " exposes "
                                        + field.getType().getName()));
                    }
                }
            }
        };
    }

    private static boolean involvesJackson(JavaType type) {
        return type.getAllInvolvedRawTypes().stream()
                .anyMatch(raw -> raw.getPackageName().startsWith("com.fasterxml.jackson"));
    }

    /** The Maven modules, told apart by where their classes were loaded from. */
    private enum Module {
        CORE("mock-core"),
        FAKES("mock-fakes"),
        JUNIT("mock-junit"),
        SERVER("mock-server"),
        AUTOCONFIGURE("mock-starter-autoconfigure"),
        UNKNOWN("?");

        private final String artifactId;

        Module(String artifactId) {
            this.artifactId = artifactId;
        }

        /** Whether {@code user} may reach this module's {@code internal} packages. */
        boolean sharesInternalsWith(Module user) {
            return user == this || (this == CORE && user == FAKES);
        }

        boolean contains(JavaClass type) {
            return of(type) == this;
        }

        static Module of(JavaClass type) {
            String location =
                    type.getSource().map(source -> source.getUri().toString()).orElse("");
            return Stream.of(values())
                    .filter(module -> location.contains("/" + module.artifactId + "/")
                            || location.contains("/" + module.artifactId + "-"))
                    .findFirst()
                    .orElse(UNKNOWN);
        }
    }
}
