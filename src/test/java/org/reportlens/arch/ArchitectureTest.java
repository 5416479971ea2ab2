package org.reportlens.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.reportlens", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreIsHeadless = noClasses().that().resideInAPackage("org.reportlens.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "com.sun.javafx..")
            .because("the command line and the tests must see exactly what the viewer shows, without a display");

    @ArchTest
    static final ArchRule coreKnowsNoCallers = noClasses().that().resideInAPackage("org.reportlens.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.reportlens.ui..", "org.reportlens.cli..")
            .because("core is the analysis; the viewer and the command line are thin layers over it");

    @ArchTest
    static final ArchRule cliIsHeadless = noClasses().that().resideInAPackage("org.reportlens.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.reportlens.ui..")
            .because("the command line must run on a machine with no display");
}
