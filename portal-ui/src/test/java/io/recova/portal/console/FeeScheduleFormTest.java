package io.recova.portal.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.mandate.CostsBorneBy;
import io.recova.agency.mandate.FeeScheduleCommand;
import io.recova.agency.mandate.FeeScheduleView;
import io.recova.agency.mandate.KeptBy;
import io.recova.agency.platform.FieldViolation;
import io.recova.portal.UiTestContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FeeScheduleFormTest {

  private static final FeeScheduleView TIERED = new FeeScheduleView(new BigDecimal("15.00"),
      new BigDecimal("20.00"), List.of(new FeeScheduleView.Tier(new BigDecimal("5000.00"),
          new BigDecimal("10.00"), new BigDecimal("12.00"))), new BigDecimal("30.00"),
      new BigDecimal("0.00"), KeptBy.AGENCY, KeptBy.CREDITOR, CostsBorneBy.CREDITOR);

  private UiTestContext context;
  private FeeScheduleForm form;
  private final List<FeeScheduleCommand> saved = new ArrayList<>();
  private int closed;

  private void open(FeeScheduleView current) {
    context = UiTestContext.open(Locale.FRENCH);
    form = new FeeScheduleForm(current);
    form.addSaveListener(e -> saved.add(e.command()));
    form.addCloseListener(e -> closed++);
  }

  @AfterEach
  void tearDown() {
    context.close();
  }

  @Test
  void theFormStartsFromTheScheduleInForceWrittenTheFrenchWay() {
    open(TIERED);

    assertThat(form.amicableFee.getValue()).isEqualTo("15");
    assertThat(form.tierRows).singleElement().satisfies(row -> {
      assertThat(row.above.getValue()).isEqualTo("5000");
      assertThat(row.judicial.getValue()).isEqualTo("12");
    });
    assertThat(form.interestKeptBy.getValue()).isEqualTo(KeptBy.AGENCY);
    assertThat(form.unrecoverableCostsBorneBy.getValue()).isEqualTo(CostsBorneBy.CREDITOR);
  }

  @Test
  void savingCarriesTheRatesTiersAndFixedFeesReadTheFrenchWay() {
    open(TIERED);
    form.amicableFee.setValue("14,5");
    FeeScheduleForm.TierRow second = form.addTierRow();
    second.above.setValue("20 000");
    second.amicable.setValue("7,5");
    second.judicial.setValue("9");
    form.certificateFee.setValue("75,50");
    form.indemnityKeptBy.setValue(KeptBy.AGENCY);
    form.unrecoverableCostsBorneBy.setValue(CostsBorneBy.AGENCY);

    form.save.click();

    assertThat(saved).singleElement().satisfies(c -> {
      assertThat(c.amicableFeePercent()).isEqualByComparingTo("14.5");
      assertThat(c.tiers()).extracting(FeeScheduleView.Tier::above)
          .usingElementComparator(BigDecimal::compareTo)
          .containsExactly(new BigDecimal("5000"), new BigDecimal("20000"));
      assertThat(c.tiers().get(1).amicableFeePercent()).isEqualByComparingTo("7.5");
      assertThat(c.certificateFee()).isEqualByComparingTo("75.50");
      assertThat(c.lateInterestKeptBy()).isEqualTo(KeptBy.AGENCY);
      assertThat(c.indemnityKeptBy()).isEqualTo(KeptBy.AGENCY);
      assertThat(c.unrecoverableCostsBorneBy()).isEqualTo(CostsBorneBy.AGENCY);
    });
  }

  @Test
  void aRemovedTierIsNotSaved() {
    open(TIERED);

    form.tierRows.get(0).remove.click();
    form.save.click();

    assertThat(saved).singleElement().satisfies(c -> assertThat(c.tiers()).isEmpty());
  }

  @Test
  void aValueThatIsNoNumberIsMarkedAndNothingIsSaved() {
    open(TIERED);
    form.tierRows.get(0).amicable.setValue("dix");

    form.save.click();

    assertThat(saved).isEmpty();
    assertThat(form.tierRows.get(0).amicable.isInvalid()).isTrue();
  }

  @Test
  void theServicesVerdictLandsOnTheTierItNames() {
    open(TIERED);
    form.addTierRow();

    form.showViolations(List.of(
        new FieldViolation("tiers[1].above", "tiers.order", "Tiers must be increasing"),
        new FieldViolation("body", "body.required", "A body is required")));

    assertThat(form.tierRows.get(1).above.isInvalid()).isTrue();
    assertThat(form.tierRows.get(1).above.getErrorMessage()).contains("seuil croissant");
    assertThat(form.tierRows.get(0).above.isInvalid()).isFalse();
    assertThat(form.formError.isVisible()).isTrue();
  }

  @Test
  void cancellingSavesNothing() {
    open(TIERED);

    form.cancel.click();

    assertThat(closed).isEqualTo(1);
    assertThat(saved).isEmpty();
  }
}
