package org.mentorplanner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import javafx.application.Platform;

/** The layer and threading rules of docs/architecture.md, checked on the main classes. */
@AnalyzeClasses(packages = "org.mentorplanner", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] JAVAFX = {"javafx..", "com.sun.javafx..", "com.calendarfx..", "org.controlsfx.."};

    private static final ArchRule DOMAIN_IS_PLAIN_JAVA = noClasses()
            .that().resideInAPackage("org.mentorplanner.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "com.sun.javafx..", "com.calendarfx..", "org.controlsfx..",
                    "org.jooq..", "com.google.inject..", "jakarta.inject..", "javax.inject..")
            .because("the domain holds the rules of the product and must be usable and testable without "
                    + "a screen, a database or a container");

    private static final ArchRule DOMAIN_KNOWS_NO_OTHER_LAYER = noClasses()
            .that().resideInAPackage("org.mentorplanner.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.mentorplanner.service..", "org.mentorplanner.store..", "org.mentorplanner.export..",
                    "org.mentorplanner.caldav..", "org.mentorplanner.busy..", "org.mentorplanner.ui..",
                    "org.mentorplanner.cli..", "org.mentorplanner.app..")
            .because("every other layer builds on the domain, never the other way round");

    private static final ArchRule ONLY_STORE_TOUCHES_JOOQ = noClasses()
            .that().resideOutsideOfPackage("org.mentorplanner.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.mentorplanner.store.generated..")
            .because("SQL and jOOQ records stay inside the store; everything else sees domain records "
                    + "through the service ports");

    private static final ArchRule BACK_END_NEVER_USES_JAVA_FX = noClasses()
            .that().resideInAnyPackage("org.mentorplanner.store..", "org.mentorplanner.service..",
                    "org.mentorplanner.export..", "org.mentorplanner.caldav..", "org.mentorplanner.busy..",
                    "org.mentorplanner.cli..")
            .should().dependOnClassesThat().resideInAnyPackage(JAVAFX)
            .orShould().dependOnClassesThat().resideInAPackage("org.mentorplanner.ui..")
            .because("the command line and the tests run these layers without a screen, and the database "
                    + "thread must never touch JavaFX objects");

    private static final ArchRule SERVICE_DEPENDS_ON_PORTS_NOT_ON_THE_STORE = noClasses()
            .that().resideInAPackage("org.mentorplanner.service..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.mentorplanner.store..", "org.mentorplanner.app..", "org.mentorplanner.cli..")
            .because("services talk to storage through the ports in service.port; the app wires the store in");

    private static final ArchRule ONLY_APP_OR_THE_FX_EXECUTOR_CALLS_RUN_LATER = noClasses()
            .that().resideOutsideOfPackage("org.mentorplanner.app..")
            .and().haveSimpleNameNotEndingWith("FxExecutor")
            .should().callMethod(Platform.class, "runLater", Runnable.class)
            .because("hopping onto the FX thread goes through one executor that tests replace with a "
                    + "same-thread one, so presenters stay deterministic under test");

    private static final ArchRule CLI_DOES_NOT_DEPEND_ON_APP = noClasses()
            .that().resideInAPackage("org.mentorplanner.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.mentorplanner.app..")
            .allowEmptyShould(true)
            .because("commands reach features through services only; the app's wiring hands them a Workspace");

    private static final ArchRule UI_DOES_NOT_USE_THE_CLI = noClasses()
            .that().resideInAPackage("org.mentorplanner.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.mentorplanner.cli..")
            .because("the window and the command line are two front ends of the same services: "
                    + "what both need (such as reading a CSV import) lives in the service layer");

    /**
     * A call that reads the computer's clock: {@code now()} or {@code now(ZoneId)} of a java.time
     * type (only {@code now(Clock)} is fine), {@code Clock.system…()}, or
     * {@code System.currentTimeMillis()}.
     */
    private static final DescribedPredicate<JavaMethodCall> READS_THE_MACHINES_CLOCK =
            new DescribedPredicate<>("read the computer's clock instead of the injected Clock") {
                @Override
                public boolean test(JavaMethodCall call) {
                    var target = call.getTarget();
                    String owner = target.getOwner().getName();
                    String name = target.getName();
                    var parameters = target.getRawParameterTypes();
                    if (owner.startsWith("java.time.") && name.equals("now")) {
                        return parameters.isEmpty() || !parameters.get(0).isEquivalentTo(Clock.class);
                    }
                    if (owner.equals(Clock.class.getName())) {
                        return name.startsWith("system");
                    }
                    return owner.equals(System.class.getName()) && name.equals("currentTimeMillis");
                }
            };

    private static final ArchRule TIME_COMES_FROM_THE_INJECTED_CLOCK = noClasses()
            .that().doNotHaveFullyQualifiedName("org.mentorplanner.app.SystemTime")
            .and().doNotHaveFullyQualifiedName("org.mentorplanner.app.StartupProbe")
            .should().callMethodWhere(READS_THE_MACHINES_CLOCK)
            .because("\"today\", \"this week\" and \"upcoming\" must follow the one Clock bound in Guice, which "
                    + "tests pin to chosen moments; a call to the computer's clock makes a test pass on Monday "
                    + "and fail on Friday (app.SystemTime is the one place that asks the computer; the start-up "
                    + "probe only measures elapsed time for the benchmarks)");

    private static final ArchRule BUSY_SOURCES_NEVER_LEAVE_THE_LAPTOP = noClasses()
            .that().resideInAnyPackage("org.mentorplanner.export..", "org.mentorplanner.caldav..")
            .or().haveSimpleNameStartingWith("Export")
            .or().haveSimpleNameStartingWith("CalendarSync")
            .or().haveSimpleNameStartingWith("Booking")
            .should().dependOnClassesThat().resideInAnyPackage("org.mentorplanner.domain.busy..", "org.mentorplanner.busy..")
            .orShould().dependOnClassesThat().haveSimpleName("BusyService")
            .orShould().dependOnClassesThat().haveSimpleNameStartingWith("BusySource")
            .because("a mentor's other calendars are private: exports, CalDAV sync and booking pages never read them (ADR 0024)");

    private static final ArchRule FRONT_ENDS_REACH_STORAGE_ONLY_THROUGH_SERVICES = noClasses()
            .that().resideInAnyPackage("org.mentorplanner.ui..", "org.mentorplanner.cli..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.mentorplanner.service.port.Storage")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.mentorplanner.service.port.Repositories")
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .because("presenters and commands talk to services only, and a service call is one transaction "
                    + "(ADR 5): a front end that wrote through Storage or a repository would put its own "
                    + "transactions together, as save-and-publish once did");

    // Rules run from methods, not @ArchTest fields: Surefire 3.5.3 silently skips field rules
    // (https://github.com/TNG/ArchUnit/issues/1442).

    @ArchTest
    void domainIsPlainJava(JavaClasses classes) {
        DOMAIN_IS_PLAIN_JAVA.check(classes);
    }

    @ArchTest
    void domainKnowsNoOtherLayer(JavaClasses classes) {
        DOMAIN_KNOWS_NO_OTHER_LAYER.check(classes);
    }

    @ArchTest
    void onlyStoreTouchesJooq(JavaClasses classes) {
        ONLY_STORE_TOUCHES_JOOQ.check(classes);
    }

    @ArchTest
    void backEndNeverUsesJavaFx(JavaClasses classes) {
        BACK_END_NEVER_USES_JAVA_FX.check(classes);
    }

    @ArchTest
    void serviceDependsOnPortsNotOnTheStore(JavaClasses classes) {
        SERVICE_DEPENDS_ON_PORTS_NOT_ON_THE_STORE.check(classes);
    }

    @ArchTest
    void onlyAppOrTheFxExecutorCallsRunLater(JavaClasses classes) {
        ONLY_APP_OR_THE_FX_EXECUTOR_CALLS_RUN_LATER.check(classes);
    }

    @ArchTest
    void cliDoesNotDependOnApp(JavaClasses classes) {
        CLI_DOES_NOT_DEPEND_ON_APP.check(classes);
    }

    @ArchTest
    void uiDoesNotUseTheCli(JavaClasses classes) {
        UI_DOES_NOT_USE_THE_CLI.check(classes);
    }

    @ArchTest
    void timeComesFromTheInjectedClock(JavaClasses classes) {
        TIME_COMES_FROM_THE_INJECTED_CLOCK.check(classes);
    }

    @ArchTest
    void busySourcesNeverLeaveTheLaptop(JavaClasses classes) {
        BUSY_SOURCES_NEVER_LEAVE_THE_LAPTOP.check(classes);
    }

    @ArchTest
    void frontEndsReachStorageOnlyThroughServices(JavaClasses classes) {
        FRONT_ENDS_REACH_STORAGE_ONLY_THROUGH_SERVICES.check(classes);
    }
}
