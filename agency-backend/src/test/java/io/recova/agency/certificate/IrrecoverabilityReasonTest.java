package io.recova.agency.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class IrrecoverabilityReasonTest {

  @Test
  void onlyOtherNeedsANoteToSayWhatItIs() {
    assertThat(Arrays.stream(IrrecoverabilityReason.values())
        .filter(IrrecoverabilityReason::needsNote))
        .containsExactly(IrrecoverabilityReason.OTHER);
  }

  @Test
  void theReasonsFitTheDatabaseColumn() {
    assertThat(IrrecoverabilityReason.values())
        .allSatisfy(r -> assertThat(r.name().length()).isLessThanOrEqualTo(32));
  }
}
