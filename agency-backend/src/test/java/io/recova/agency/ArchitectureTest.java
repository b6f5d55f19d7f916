package io.recova.agency;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module's architecture rules. Package layout: one top-level package per business area
 * ({@code mandate}, {@code money}, {@code organisation}, {@code audit}, {@code security}, {@code
 * demo}) plus {@code platform} for cross-cutting infrastructure.
 */
@AnalyzeClasses(packages = "io.recova.agency", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule theDomainDoesNotKnowJaxRsExceptInItsResources =
      noClasses()
          .that()
          .resideInAnyPackage("..mandate..", "..money..", "..organisation..", "..ledger..",
              "..payment..", "..fee..", "..remittance..")
          .and()
          .haveSimpleNameNotEndingWith("Resource")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("jakarta.ws.rs..");

  @ArchTest
  static final ArchRule theBackendDependsOnNoOtherModule =
      noClasses()
          .that()
          .resideInAPackage("io.recova.agency..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.vaadin..", "io.recova.portal..", "io.recova.reports..");

  @ArchTest
  static final ArchRule thereIsNoUtilOrHelperPackage =
      noClasses().should().resideInAnyPackage("..util..", "..helper..");

  @ArchTest
  static final ArchRule theTopLevelSlicesAreFreeOfCycles =
      slices().matching("io.recova.agency.(*)..").should().beFreeOfCycles();
}
