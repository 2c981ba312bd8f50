package cn.certdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rule (docs/decisions/0004-package-layout-and-dependency-rule.md):
 * ui → domain, store/printing/sync → domain; domain imports no JavaFX, JDBC, PDFBox or HTTP;
 * ui reaches the store only through domain services; app is the one composition root.
 */
@AnalyzeClasses(packages = "cn.certdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainImportsNoJavaFx = noClasses().that().resideInAPackage("cn.certdesk.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "org.controlsfx..")
            .because("the domain is pure Java and tested without a toolkit");

    @ArchTest
    static final ArchRule domainImportsNoJdbc = noClasses().that().resideInAPackage("cn.certdesk.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..")
            .because("persistence belongs to the store package");

    @ArchTest
    static final ArchRule domainImportsNoPdfBox = noClasses().that().resideInAPackage("cn.certdesk.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.fontbox..")
            .because("PDF output belongs to the printing package");

    @ArchTest
    static final ArchRule domainImportsNoHttp = noClasses().that().resideInAPackage("cn.certdesk.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "org.apache.http..",
                    "org.apache.hc..", "okhttp3..", "com.sun.net.httpserver..", "jakarta.ws..", "javax.ws..")
            .because("network code belongs to the sync and server packages");

    @ArchTest
    static final ArchRule domainDependsOnNoOuterLayer = noClasses().that().resideInAPackage("cn.certdesk.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.certdesk.store..", "cn.certdesk.printing..",
                    "cn.certdesk.sync..", "cn.certdesk.server..", "cn.certdesk.ui..", "cn.certdesk.app..");

    @ArchTest
    static final ArchRule uiGoesThroughServices = noClasses().that().resideInAPackage("cn.certdesk.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.certdesk.store..", "java.sql..", "org.sqlite..")
            .because("screens reach the store only through domain services wired by the composition root");

    @ArchTest
    static final ArchRule uiDoesNotUseTheCompositionRoot = noClasses().that().resideInAPackage("cn.certdesk.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.certdesk.app..");

    @ArchTest
    static final ArchRule storeKnowsNoUi = noClasses().that().resideInAnyPackage("cn.certdesk.store..",
                    "cn.certdesk.printing..", "cn.certdesk.sync..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.certdesk.ui..", "cn.certdesk.app..", "javafx..");
}
