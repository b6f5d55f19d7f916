package io.recova.agency.fee;

import io.recova.agency.casefile.Stage;

/** Which of the mandate's contingency rates applies: the case's stage when the money came in. */
public enum FeeStage {
  AMICABLE,
  JUDICIAL;

  /**
   * In court or enforcement the judicial rate applies, anywhere else the amicable one. The caller
   * passes the stage the case was in when the payment was collected, before the payment closes it.
   */
  public static FeeStage of(Stage stage) {
    return stage.isJudicial() ? JUDICIAL : AMICABLE;
  }
}
