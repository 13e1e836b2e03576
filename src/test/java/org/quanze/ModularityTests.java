package org.quanze;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries of ARCHITECTURE.md hold: no cycles, no reaching into another module's internals. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(QuanzeApplication.class);

    @Test
    void moduleBoundariesAreRespected() {
        modules.verify();
    }

    /**
     * SQL is invisible to {@link ApplicationModules#verify()}: a module naming another module's schema in its code (its
     * tables, its published views such as {@code casefile.case_fact}) must declare that module in its
     * {@code allowedDependencies} — for the case facts, {@code "casefile :: facts"} — so that a new read of another
     * module's tables fails here instead of going unnoticed (ARCHITECTURE.md: no module reads another module's tables).
     */
    @Test
    void aModuleNamingAnotherModulesSchemaDeclaresTheDependency() throws IOException {
        Set<String> schemas = modules.stream().map(org.springframework.modulith.core.ApplicationModule::getName)
                .collect(Collectors.toSet());
        List<String> undeclared = new ArrayList<>();
        for (org.springframework.modulith.core.ApplicationModule module : modules) {
            Set<String> declared = declaredDependencies(module.getBasePackage().getName());
            Path sources = Path.of("src/main/java", module.getBasePackage().getName().replace('.', '/'));
            for (String line : schemaNames(sources, schemas)) {
                String schema = line.substring(line.lastIndexOf(' ') + 1, line.indexOf('.', line.lastIndexOf(' ')));
                if (!schema.equals(module.getName()) && !declared.contains(schema)) undeclared.add(module.getName() + ": " + line);
            }
        }
        assertThat(undeclared).as("another module's schema named without declaring the module").isEmpty();
    }

    /** The check above finds what it should: evaluation names {@code casefile.case_fact} through the published constant. */
    @Test
    void theSchemaCheckSeesTheCaseFacts() throws IOException {
        assertThat(schemaNames(Path.of("src/main/java/org/quanze/casefile/facts"), Set.of("casefile")))
                .anyMatch(line -> line.endsWith(" casefile.case_fact"));
        assertThat(declaredDependencies("org.quanze.evaluation")).contains("casefile");
    }

    /**
     * A module's published types (its base package and named interfaces) expose no internal type in a public method's
     * signature: otherwise a caller holds a type it may not name (e.g. a statistics case list typed by its engine).
     */
    @Test
    void publishedTypesExposeNoInternalType() {
        List<String> leaks = new ArrayList<>();
        for (org.springframework.modulith.core.ApplicationModule module : modules) {
            List<NamedInterface> published = module.getNamedInterfaces().stream().toList();
            for (NamedInterface api : published) {
                for (JavaClass type : api) {
                    if (!type.getModifiers().contains(JavaModifier.PUBLIC)) continue;
                    for (JavaMethod method : type.getMethods()) {
                        if (!method.getModifiers().contains(JavaModifier.PUBLIC) || implementsFramework(method)) continue;
                        List<JavaClass> used = new ArrayList<>(method.getRawParameterTypes());
                        used.add(method.getRawReturnType());
                        for (JavaClass u : used) {
                            JavaClass t = u.isArray() ? u.getBaseComponentType() : u;
                            if (module.contains(t) && published.stream().noneMatch(i -> i.contains(t))) {
                                leaks.add(method.getFullName() + " uses " + t.getName());
                            }
                        }
                    }
                }
            }
        }
        assertThat(leaks).as("internal types in published signatures").isEmpty();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
    }

    /**
     * Whether the method implements one of a framework's types (Spring Security's {@code UserDetailsService} …): the
     * framework calls it, not another module.
     */
    private static boolean implementsFramework(JavaMethod method) {
        java.lang.reflect.Method m = method.reflect();
        Set<Class<?>> supertypes = new java.util.LinkedHashSet<>();
        java.util.Deque<Class<?>> next = new java.util.ArrayDeque<>(List.of(m.getDeclaringClass()));
        while (!next.isEmpty()) {
            Class<?> c = next.pop();
            if (!supertypes.add(c)) continue;
            if (c.getSuperclass() != null) next.push(c.getSuperclass());
            next.addAll(Arrays.asList(c.getInterfaces()));
        }
        return supertypes.stream().filter(t -> !t.getName().startsWith("org.quanze.")).anyMatch(t -> {
            try {
                t.getMethod(m.getName(), m.getParameterTypes());
                return true;
            } catch (NoSuchMethodException e) {
                return false;
            }
        });
    }

    /** The modules a module declares (a named interface {@code "x :: y"} counts as module {@code x}). */
    private static Set<String> declaredDependencies(String basePackage) {
        try {
            Class<?> info = Class.forName(basePackage + ".package-info");
            ApplicationModule annotation = info.getAnnotation(ApplicationModule.class);
            if (annotation == null) return Set.of();
            return Arrays.stream(annotation.allowedDependencies()).map(d -> d.split("::")[0].strip())
                    .collect(Collectors.toSet());
        } catch (ClassNotFoundException e) {
            return Set.of();
        }
    }

    /**
     * Where the sources under a folder name {@code schema.table} for one of the schemas, as "file: schema.table" (a
     * package name such as {@code org.quanze.casefile.domain} or a call such as {@code organization.courts()} is not).
     */
    private static List<String> schemaNames(Path sources, Set<String> schemas) throws IOException {
        if (!Files.isDirectory(sources)) return List.of();
        Pattern name = Pattern.compile("(?<![\\w./])(" + String.join("|", schemas) + ")\\.([a-z_][a-z0-9_]*)(?![\\w(])");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                Matcher m = name.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) found.add(file.getFileName() + ": " + m.group());
            }
        }
        return found;
    }
}
