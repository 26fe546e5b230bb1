package dev.rawlab;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of the production code, checked on the compiled classes (tests excluded).
 *
 * <p>The model ({@code sim}, {@code store}, {@code check}, {@code experiment}, {@code lesson},
 * {@code scenario}), the writing of files ({@code files}), the command line ({@code cli}) and the
 * texts ({@code i18n}) know nothing of JavaFX; only {@code dev.rawlab.ui}, {@link App} and
 * {@link Main} do. The simulation kernel and the writing of files depend on the JDK alone, the
 * store model sits below everything that checks, teaches or runs it, and nothing in the model
 * reaches up into the command line or the window. Rules about
 * packages that may not exist yet allow an empty selection.
 */
@AnalyzeClasses(packages = "dev.rawlab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule model_cli_and_texts_do_not_use_javafx = noClasses()
            .that().resideInAnyPackage(
                    "dev.rawlab.sim..", "dev.rawlab.store..", "dev.rawlab.check..",
                    "dev.rawlab.experiment..", "dev.rawlab.lesson..", "dev.rawlab.scenario..",
                    "dev.rawlab.files..", "dev.rawlab.cli..", "dev.rawlab.i18n..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule simulation_kernel_depends_only_on_the_jdk = classes()
            .that().resideInAPackage("dev.rawlab.sim..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.rawlab.sim..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule writing_files_depends_only_on_the_jdk = classes()
            .that().resideInAPackage("dev.rawlab.files..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.rawlab.files..");

    @ArchTest
    static final ArchRule store_does_not_depend_on_the_layers_above_it = noClasses()
            .that().resideInAPackage("dev.rawlab.store..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.rawlab.check..", "dev.rawlab.experiment..", "dev.rawlab.lesson..",
                    "dev.rawlab.scenario..", "dev.rawlab.cli..", "dev.rawlab.ui..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule model_does_not_depend_on_command_line_or_window = noClasses()
            .that().resideInAnyPackage(
                    "dev.rawlab.check..", "dev.rawlab.experiment..", "dev.rawlab.lesson..",
                    "dev.rawlab.scenario..", "dev.rawlab.files..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.rawlab.cli..", "dev.rawlab.ui..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule only_the_window_code_uses_javafx = noClasses()
            .that().resideOutsideOfPackage("dev.rawlab.ui..")
            .and(not(belongToAnyOf(App.class, Main.class)))
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .allowEmptyShould(true);
}
