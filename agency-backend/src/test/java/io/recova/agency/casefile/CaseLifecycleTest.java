package io.recova.agency.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CaseLifecycleTest {

  private static CaseFacts at(Stage stage) {
    return new CaseFacts(stage, Optional.empty(), false, false, new BigDecimal("100.00"));
  }

  private static CaseLifecycle.Request to(Stage target) {
    return new CaseLifecycle.Request(target, null, false);
  }

  @Test
  void aCaseIsWorkedAmicablyThenPutOnNotice() {
    assertThat(CaseLifecycle.check(at(Stage.NEW), to(Stage.AMICABLE))).isNull();
    assertThat(CaseLifecycle.check(at(Stage.AMICABLE), to(Stage.FORMAL_NOTICE))).isNull();
  }

  @Test
  void noCourtWithoutAFormalNoticeOnFile() {
    assertThatThrownBy(() -> CaseLifecycle.check(at(Stage.FORMAL_NOTICE), to(Stage.JUDICIAL)))
        .isInstanceOf(TransitionRefusedException.class)
        .hasMessageContaining("formal notice");
    CaseFacts noticed = new CaseFacts(Stage.FORMAL_NOTICE, Optional.empty(), true, false,
        BigDecimal.TEN);
    assertThat(CaseLifecycle.check(noticed, to(Stage.JUDICIAL))).isNull();
  }

  @Test
  void noCourtStraightFromAmicable() {
    CaseFacts noticed = new CaseFacts(Stage.AMICABLE, Optional.empty(), true, false, BigDecimal.TEN);
    assertThatThrownBy(() -> CaseLifecycle.check(noticed, to(Stage.JUDICIAL)))
        .hasMessageContaining("cannot move from AMICABLE to JUDICIAL");
  }

  @Test
  void enforcementNeedsATitle() {
    assertThatThrownBy(() -> CaseLifecycle.check(at(Stage.JUDICIAL), to(Stage.ENFORCEMENT)))
        .hasMessageContaining("enforceable title");
  }

  @Test
  void aDisputedCaseIsFrozenUntilItResumesWhereItWas() {
    CaseLifecycle.Request dispute = new CaseLifecycle.Request(Stage.DISPUTED, "Goods returned",
        false);
    assertThat(CaseLifecycle.check(at(Stage.FORMAL_NOTICE), dispute)).isEqualTo(Stage.FORMAL_NOTICE);

    CaseFacts disputed = new CaseFacts(Stage.DISPUTED, Optional.of(Stage.FORMAL_NOTICE), true,
        false, BigDecimal.TEN);
    assertThatThrownBy(() -> CaseLifecycle.check(disputed, to(Stage.JUDICIAL)))
        .isInstanceOf(TransitionRefusedException.class)
        .hasMessageContaining("no work until it resumes to FORMAL_NOTICE");
    assertThatThrownBy(() -> CaseLifecycle.check(disputed, to(Stage.AMICABLE)))
        .hasMessageContaining("no work");
    assertThat(CaseLifecycle.check(disputed, to(Stage.FORMAL_NOTICE))).isNull();
  }

  @Test
  void putOnHoldWhileDisputedStillResumesToTheOriginalStage() {
    CaseFacts disputed = new CaseFacts(Stage.DISPUTED, Optional.of(Stage.AMICABLE), false, false,
        BigDecimal.TEN);
    assertThat(CaseLifecycle.check(disputed,
        new CaseLifecycle.Request(Stage.ON_HOLD, "Creditor asked", false)))
        .isEqualTo(Stage.AMICABLE);
  }

  @Test
  void suspendingNeedsAReason() {
    assertThatThrownBy(() -> CaseLifecycle.check(at(Stage.AMICABLE), to(Stage.ON_HOLD)))
        .hasMessageContaining("needs a reason");
  }

  @Test
  void closingAsPaidNeedsNothingLeftToPay() {
    assertThatThrownBy(() -> CaseLifecycle.check(at(Stage.AMICABLE), to(Stage.CLOSED_PAID)))
        .hasMessageContaining("still owes 100.00");
    CaseFacts paid = new CaseFacts(Stage.AMICABLE, Optional.empty(), false, false,
        BigDecimal.ZERO);
    assertThat(CaseLifecycle.check(paid, to(Stage.CLOSED_PAID))).isNull();
  }

  @Test
  void writingOffOrReturningACaseIsForAManager() {
    CaseLifecycle.Request byCollector =
        new CaseLifecycle.Request(Stage.CLOSED_IRRECOVERABLE, "Insolvent", false);
    CaseLifecycle.Request byManager =
        new CaseLifecycle.Request(Stage.CLOSED_IRRECOVERABLE, "Insolvent", true);
    assertThatThrownBy(() -> CaseLifecycle.check(at(Stage.JUDICIAL), byCollector))
        .hasMessageContaining("Only a manager");
    assertThat(CaseLifecycle.check(at(Stage.JUDICIAL), byManager)).isNull();
  }

  @ParameterizedTest
  @EnumSource(value = Stage.class,
      names = {"CLOSED_PAID", "CLOSED_SETTLED", "CLOSED_IRRECOVERABLE", "RETURNED_TO_CLIENT"})
  void aClosedCaseNeverMovesAgain(Stage closed) {
    for (Stage target : Stage.values()) {
      assertThatThrownBy(() -> CaseLifecycle.check(at(closed),
          new CaseLifecycle.Request(target, "x", true)))
          .isInstanceOf(TransitionRefusedException.class);
    }
  }

  @Test
  void everyStageHasItsRules() {
    for (Stage s : Stage.values()) {
      assertThat(CaseLifecycle.nextStages(s, null)).isNotNull();
    }
  }
}
