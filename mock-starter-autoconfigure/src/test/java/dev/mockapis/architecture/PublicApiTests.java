package dev.mockapis.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each module's public API, listed type by type and member by member, must equal the listing checked
 * in under {@code src/test/resources/public-api/}: a change to what users can write is made on purpose.
 * Rewrite the listings with {@code -Dmockapis.api.update=true} and review the diff.
 */
class PublicApiTests {

    private static final Path LISTINGS = Path.of("src/test/resources/public-api");
    private static final Set<JavaModifier> VISIBLE = Set.of(JavaModifier.PUBLIC, JavaModifier.PROTECTED);

    @ParameterizedTest
    @ValueSource(strings = {"mock-core", "mock-fakes", "mock-starter-autoconfigure"})
    void theListedApiIsTheApi(String module) throws IOException {
        String actual = listing(module);
        Path file = LISTINGS.resolve(module + ".txt");
        if (Boolean.getBoolean("mockapis.api.update")) {
            Files.writeString(file, actual);
        }
        assertThat(file)
                .as("the public API listing of %s; rewrite it with -Dmockapis.api.update=true", module)
                .exists();
        assertThat(actual)
                .as(
                        "the public API of %s changed; if on purpose, rewrite %s with -Dmockapis.api.update=true",
                        module, file)
                .isEqualTo(Files.readString(file));
    }

    private static String listing(String module) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/dev/mockapis/shaded/"))
                .withImportOption(
                        location -> location.contains("/" + module + "/") || location.contains("/" + module + "-"))
                .importPackages("dev.mockapis");
        List<String> lines = new ArrayList<>();
        classes.stream()
                .filter(PublicApiTests::exported)
                .sorted((a, b) -> a.getName().compareTo(b.getName()))
                .forEach(type -> {
                    lines.add(describe(type));
                    type.getMembers().stream()
                            .filter(member -> member.getModifiers().stream().anyMatch(VISIBLE::contains))
                            .filter(member -> !member.getName().startsWith("lambda$")
                                    && !member.getName().equals("$values"))
                            .map(member -> "  " + describe(member))
                            .sorted()
                            .forEach(lines::add);
                });
        return lines.stream().collect(Collectors.joining("\n", "", "\n"));
    }

    private static boolean exported(JavaClass type) {
        return type.getModifiers().contains(JavaModifier.PUBLIC)
                && !type.getPackageName().contains(".internal")
                && type.getEnclosingClass().map(PublicApiTests::exported).orElse(true);
    }

    private static String describe(JavaClass type) {
        return modifiers(type.getModifiers())
                + type.getName()
                + type.getRawSuperclass()
                        .filter(parent -> !parent.getName().startsWith("java.lang."))
                        .map(parent -> " extends " + parent.getName())
                        .orElse("")
                + (type.getRawInterfaces().isEmpty()
                        ? ""
                        : " implements "
                                + type.getRawInterfaces().stream()
                                        .map(JavaClass::getName)
                                        .sorted()
                                        .collect(Collectors.joining(", ")));
    }

    private static String describe(JavaMember member) {
        String signature = member instanceof JavaCodeUnit code
                ? code.getName()
                        + code.getParameterTypes().stream()
                                .map(JavaType::getName)
                                .collect(Collectors.joining(", ", "(", ")"))
                        + (code instanceof JavaConstructor
                                ? ""
                                : ": " + code.getReturnType().getName())
                : member.getName() + ": " + ((JavaField) member).getType().getName();
        return modifiers(member.getModifiers()) + signature;
    }

    private static String modifiers(Set<JavaModifier> modifiers) {
        return modifiers.stream()
                .filter(modifier -> modifier != JavaModifier.SYNTHETIC && modifier != JavaModifier.BRIDGE)
                .map(modifier -> modifier.name().toLowerCase())
                .sorted()
                .collect(Collectors.joining(" ", "", " "));
    }
}
