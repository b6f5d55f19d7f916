package io.recova.agency.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VatNumberTest {

  /** 552100554 mod 97 = 28; (12 + 3 × 28) mod 97 = 96. */
  @Test
  void theKeyIsDerivedFromTheSiren() {
    assertThat(VatNumber.of(Siren.parse("552100554"))).hasToString("FR96552100554");
  }

  /** 732829320 mod 97 = 43; (12 + 3 × 43) mod 97 = 44. */
  @Test
  void aTypedNumberIsCheckedAgainstItsSiren() {
    assertThat(VatNumber.parse("fr 44 732 829 320")).hasToString("FR44732829320");
    assertThatThrownBy(() -> VatNumber.parse("FR45732829320"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VatNumber.parse("DE123456789"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theRegistrationPrintsTheRcsEntryWithItsSiren() {
    AgencyRegistration r = AgencyRegistrationProducer.of("SAS", "10 000 EUR",
        Siren.parse("552100554"), "55210055400005", "Lyon", "FR96552100554");

    assertThat(r.rcs()).isEqualTo("RCS Lyon 552 100 554");
  }
}
