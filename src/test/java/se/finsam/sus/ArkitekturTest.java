package se.finsam.sus;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** The package rules of docs/architecture.md. */
class ArkitekturTest {

    private static final String ROOT = "se.finsam.sus";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    private static final DescribedPredicate<JavaClass> ENTITY_OR_REPOSITORY = DescribedPredicate.describe(
            "entities or repositories", c -> c.isAnnotatedWith(Entity.class) || c.isAssignableTo(Repository.class));

    @Test
    void noFeatureReachesIntoAnotherFeaturesEntitiesOrRepositories() {
        for (String feature : features()) {
            String own = ROOT + "." + feature + "..";
            noClasses()
                    .that()
                    .resideOutsideOfPackage(own)
                    .should()
                    .dependOnClassesThat(
                            DescribedPredicate.and(JavaClass.Predicates.resideInAPackage(own), ENTITY_OR_REPOSITORY))
                    .because("a feature's public face is its services and records")
                    .check(CLASSES);
        }
    }

    @Test
    void everyGridIsMadeByTabell() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(ROOT + ".base.ui.Tabell$Rutnat")
                .should()
                .callConstructor(com.vaadin.flow.component.grid.Grid.class)
                .because("Tabell.ny() gives every grid content-wide columns, wrapping text and an empty-state text")
                .check(CLASSES);
    }

    @Test
    void uiNeverCallsARepository() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void baseDependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".base..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        features().stream().map(f -> ROOT + "." + f + "..").toArray(String[]::new))
                .because("only base is shared by all features")
                .check(CLASSES);
    }

    @Test
    void featuresAreFreeOfCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    private static Set<String> features() {
        return CLASSES.stream()
                .map(JavaClass::getPackageName)
                .filter(p -> p.startsWith(ROOT + "."))
                .map(p -> p.substring(ROOT.length() + 1).split("\\.")[0])
                .filter(f -> !f.equals("base"))
                .collect(Collectors.toSet());
    }
}
