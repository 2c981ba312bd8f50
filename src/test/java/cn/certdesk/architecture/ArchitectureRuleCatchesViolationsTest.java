package cn.certdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** Shows the dependency rules can fail: a class that imports JDBC or JavaFX is reported. */
class ArchitectureRuleCatchesViolationsTest {

    /** Stands in for a domain class that reaches for JDBC and JavaFX. */
    static final class OffendingDomainClass {
        java.sql.Connection connection;
        javafx.scene.control.Label label;
    }

    @Test
    void aDomainStyleClassUsingJdbcAndJavaFxIsReported() {
        JavaClasses classes = new ClassFileImporter().importClasses(OffendingDomainClass.class);
        var result = noClasses().should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javafx..")
                .evaluate(classes);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("java.sql.Connection"))
                .anyMatch(line -> line.contains("javafx.scene.control.Label"));
    }
}
