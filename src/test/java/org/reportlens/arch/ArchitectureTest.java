package org.reportlens.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

@AnalyzeClasses(packages = "org.reportlens", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] TOOLKIT = {"javafx..", "org.fxmisc..", "com.sun.javafx.."};
    /** About how long a view may be; past it, it is doing a decision's work. */
    private static final int VIEW_LINES = 300;

    @ArchTest
    static final ArchRule coreIsHeadless = noClasses().that().resideInAPackage("org.reportlens.core..")
            .should().dependOnClassesThat().resideInAnyPackage(TOOLKIT)
            .because("the command line and the tests must see exactly what the viewer shows, without a display");

    @ArchTest
    static final ArchRule coreKnowsNoCallers = noClasses().that().resideInAPackage("org.reportlens.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.reportlens.ui..", "org.reportlens.cli..",
                    "org.reportlens.session..")
            .because("core is the analysis; the viewer's session and the command line are layers over it");

    @ArchTest
    static final ArchRule cliIsHeadless = noClasses().that().resideInAPackage("org.reportlens.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.reportlens.ui..",
                    "org.reportlens.session..")
            .because("the command line must run on a machine with no display, straight over core");

    @ArchTest
    static final ArchRule sessionIsHeadless = noClasses().that().resideInAPackage("org.reportlens.session..")
            .should().dependOnClassesThat().resideInAnyPackage(TOOLKIT)
            .because("the viewer's decisions are tested without a window, and another front end could sit on them");

    @ArchTest
    static final ArchRule sessionKnowsNoViews = noClasses().that().resideInAPackage("org.reportlens.session..")
            .should().dependOnClassesThat().resideInAnyPackage("org.reportlens.ui..", "org.reportlens.cli..")
            .because("the views bind to the session, never the other way round");

    @ArchTest
    static final ArchRule onlyTheViewsUseTheToolkit = noClasses().that().resideOutsideOfPackage("org.reportlens.ui..")
            .should().dependOnClassesThat().resideInAnyPackage(TOOLKIT)
            .because("JavaFX and RichTextFX stay in the views, so everything else runs and is tested without them");

    @ArchTest
    static final ArchRule viewsStartNoBackgroundWork = noClasses().that().resideInAPackage("org.reportlens.ui..")
            .should().dependOnClassesThat().haveFullyQualifiedName("javafx.concurrent.Task")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ExecutorService")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.Executors")
            .because("background work goes through the session's Scheduler, which cancels what is overtaken"
                    + " and reports every failure");

    @ArchTest
    static final ArchRule viewsAreThin = classes().that().resideInAPackage("org.reportlens.ui..")
            .and().areTopLevelClasses().should(haveAtMostSourceLines(VIEW_LINES))
            .because("views only render the session and forward what the user does; decisions live in the session,"
                    + " where they are tested without a window");

    private static ArchCondition<JavaClass> haveAtMostSourceLines(int most) {
        return new ArchCondition<>("have at most " + most + " lines of source") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                Path source = Path.of("src/main/java", item.getName().replace('.', '/') + ".java");
                try (var text = Files.lines(source)) {
                    long lines = text.count();
                    events.add(new SimpleConditionEvent(item, lines <= most,
                            item.getName() + " has " + lines + " lines (" + source + ")"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
