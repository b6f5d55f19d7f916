package io.recova.agency.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.casefile.NewCase;
import io.recova.agency.casefile.NewCaseRules;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoCasesAreValidTest {

  @Test
  void everyDemoCasePassesTheIntakeRulesWhateverTheDay() {
    for (LocalDate today : List.of(LocalDate.of(2026, 11, 23), LocalDate.of(2028, 2, 29))) {
      List<NewCase> cases = DemoCases.portfolio("MM", today, 14);
      assertThat(cases).hasSize(14);
      for (NewCase c : cases) {
        assertThat(NewCaseRules.check(c, today)).as(c.externalReference()).isEmpty();
      }
      assertThat(cases).extracting(NewCase::externalReference).doesNotHaveDuplicates();
    }
  }
}
