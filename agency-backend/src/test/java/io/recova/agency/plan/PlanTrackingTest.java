package io.recova.agency.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recova.agency.money.Money;
import io.recova.agency.plan.PlanTracking.Breach;
import io.recova.agency.plan.PlanTracking.InstallmentState;
import io.recova.agency.plan.PlanTracking.Result;
import io.recova.agency.valuation.ReceivedPayment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 1,000.00 EUR in three monthly installments from 5 January 2027: 333.33 on 5 January, 333.33 on
 * 5 February, 333.34 on 5 March; five days of grace.
 */
class PlanTrackingTest {

  private static final int GRACE = 5;
  private static final List<Installment> PLAN = InstallmentSchedule.split(eur("1000.00"), 3,
      LocalDate.of(2027, 1, 5), PlanFrequency.MONTHLY);

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  private static LocalDate jan(int day) {
    return LocalDate.of(2027, 1, day);
  }

  private static ReceivedPayment paid(LocalDate on, String amount) {
    return new ReceivedPayment(on, eur(amount), null);
  }

  private static Result track(LocalDate today, ReceivedPayment... payments) {
    return PlanTracking.track(PLAN, List.of(payments), today, GRACE);
  }

  private static List<InstallmentStatus> statuses(Result r) {
    return r.installments().stream().map(InstallmentState::status).toList();
  }

  @Test
  void beforeTheFirstDueDateEverythingIsUpcoming() {
    Result r = track(jan(2));

    assertThat(r.standing()).isEqualTo(PlanStanding.ON_TRACK);
    assertThat(statuses(r)).containsOnly(InstallmentStatus.UPCOMING);
    assertThat(r.paid()).isEqualTo(eur("0.00"));
    assertThat(r.remaining()).isEqualTo(eur("1000.00"));
    assertThat(r.breach()).isEmpty();
  }

  @Test
  void anUnpaidInstallmentIsLateThroughTheGraceThenBreachesThePlanTheDayAfter() {
    assertThat(statuses(track(jan(6)))).startsWith(InstallmentStatus.LATE);
    Result lastGraceDay = track(jan(10));
    assertThat(lastGraceDay.standing()).isEqualTo(PlanStanding.ON_TRACK);
    assertThat(statuses(lastGraceDay)).containsExactly(InstallmentStatus.LATE,
        InstallmentStatus.UPCOMING, InstallmentStatus.UPCOMING);

    Result breached = track(jan(11));
    assertThat(breached.standing()).isEqualTo(PlanStanding.BREACHED);
    assertThat(statuses(breached)).startsWith(InstallmentStatus.MISSED);
    assertThat(breached.breach()).contains(new Breach(1, jan(5), jan(11), eur("333.33")));
  }

  @Test
  void anOverpaymentCarriesToTheNextInstallments() {
    Result r = track(jan(20), paid(jan(4), "500.00"));

    assertThat(r.standing()).isEqualTo(PlanStanding.ON_TRACK);
    assertThat(statuses(r)).containsExactly(InstallmentStatus.PAID,
        InstallmentStatus.PARTLY_PAID, InstallmentStatus.UPCOMING);
    assertThat(r.installments()).extracting(InstallmentState::paid)
        .containsExactly(eur("333.33"), eur("166.67"), eur("0.00"));
    assertThat(r.installments().get(0).coveredOn()).isEqualTo(jan(4));
    assertThat(r.paid()).isEqualTo(eur("500.00"));
    assertThat(r.remaining()).isEqualTo(eur("500.00"));
  }

  @Test
  void anInstallmentPaidInPartsIsCoveredOnTheDayOfTheLastPart() {
    Result r = track(jan(20), paid(jan(3), "200.00"), paid(jan(9), "133.33"));

    assertThat(r.standing()).isEqualTo(PlanStanding.ON_TRACK);
    assertThat(r.installments().get(0).status()).isEqualTo(InstallmentStatus.PAID);
    assertThat(r.installments().get(0).coveredOn()).isEqualTo(jan(9));
  }

  @Test
  void paymentsAreAppliedByValueDateWhateverOrderTheyComeIn() {
    Result r = track(jan(20), paid(jan(9), "133.33"), paid(jan(3), "200.00"));

    assertThat(r.installments().get(0).coveredOn()).isEqualTo(jan(9));
    assertThat(r.standing()).isEqualTo(PlanStanding.ON_TRACK);
  }

  @Test
  void aPartPaymentDoesNotSaveTheInstallmentOnceTheGraceIsOver() {
    Result r = track(jan(11), paid(jan(5), "300.00"));

    assertThat(r.standing()).isEqualTo(PlanStanding.BREACHED);
    assertThat(r.installments().get(0).status()).isEqualTo(InstallmentStatus.MISSED);
    assertThat(r.installments().get(0).unpaid()).isEqualTo(eur("33.33"));
    assertThat(r.breach()).contains(new Breach(1, jan(5), jan(11), eur("33.33")));
  }

  @Test
  void anInstallmentCoveredAfterTheGraceStillBreachedThePlan() {
    // The verdict must not depend on whether the daily check ran on the 11th or only on the 20th.
    Result r = track(jan(20), paid(jan(12), "333.33"));

    assertThat(r.standing()).isEqualTo(PlanStanding.BREACHED);
    assertThat(r.installments().get(0).status()).isEqualTo(InstallmentStatus.PAID);
    assertThat(r.breach()).contains(new Breach(1, jan(5), jan(11), eur("0.00")));
  }

  @Test
  void aLaterInstallmentCanBreachThePlanToo() {
    ReceivedPayment onTime = paid(jan(5), "333.33");
    Result tenth = track(LocalDate.of(2027, 2, 10), onTime);
    assertThat(tenth.standing()).isEqualTo(PlanStanding.ON_TRACK);
    assertThat(statuses(tenth)).containsExactly(InstallmentStatus.PAID, InstallmentStatus.LATE,
        InstallmentStatus.UPCOMING);

    Result eleventh = track(LocalDate.of(2027, 2, 11), onTime);
    assertThat(eleventh.standing()).isEqualTo(PlanStanding.BREACHED);
    assertThat(eleventh.breach()).contains(new Breach(2, LocalDate.of(2027, 2, 5),
        LocalDate.of(2027, 2, 11), eur("333.33")));
  }

  @Test
  void theWholeTotalCompletesThePlanAndAnyExcessIsReportedNotLost() {
    Result r = track(jan(2), paid(jan(1), "1200.00"));

    assertThat(r.standing()).isEqualTo(PlanStanding.COMPLETED);
    assertThat(statuses(r)).containsOnly(InstallmentStatus.PAID);
    assertThat(r.paid()).isEqualTo(eur("1000.00"));
    assertThat(r.remaining()).isEqualTo(eur("0.00"));
    assertThat(r.ahead()).isEqualTo(eur("200.00"));
    assertThat(r.breach()).isEmpty();
  }

  @Test
  void aPlanPaidInFullIsCompletedEvenIfAnInstallmentCameLate() {
    Result r = track(LocalDate.of(2027, 3, 1), paid(jan(20), "333.33"),
        paid(LocalDate.of(2027, 2, 4), "666.67"));

    assertThat(r.standing()).isEqualTo(PlanStanding.COMPLETED);
    assertThat(r.breach()).isEmpty();
  }

  @Test
  void aPaymentValuedAfterTodayDoesNotCountYet() {
    Result r = track(jan(11), paid(jan(15), "333.33"));

    assertThat(r.standing()).isEqualTo(PlanStanding.BREACHED);
    assertThat(r.paid()).isEqualTo(eur("0.00"));
    assertThat(r.ahead()).isEqualTo(eur("0.00"));
  }

  @Test
  void withoutGraceTheDayAfterTheDueDateBreaches() {
    assertThat(PlanTracking.track(PLAN, List.of(), jan(5), 0).standing())
        .isEqualTo(PlanStanding.ON_TRACK);
    Result r = PlanTracking.track(PLAN, List.of(), jan(6), 0);
    assertThat(r.standing()).isEqualTo(PlanStanding.BREACHED);
    assertThat(r.breach().orElseThrow().since()).isEqualTo(jan(6));
  }

  @Test
  void installmentsAreTrackedInDueDateOrderWhateverOrderTheyAreGivenIn() {
    List<Installment> shuffled = new ArrayList<>(PLAN);
    Collections.reverse(shuffled);

    Result r = PlanTracking.track(shuffled, List.of(paid(jan(5), "400.00")), jan(20), GRACE);

    assertThat(r.installments()).extracting(s -> s.installment().seq()).containsExactly(1, 2, 3);
    assertThat(r.installments()).extracting(InstallmentState::paid)
        .containsExactly(eur("333.33"), eur("66.67"), eur("0.00"));
  }

  @Test
  void nonsenseIsRefused() {
    assertThatThrownBy(() -> PlanTracking.track(PLAN, List.of(), jan(1), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The grace is zero days or more, not -1");
    assertThatThrownBy(() -> PlanTracking.track(List.of(), List.of(), jan(1), GRACE))
        .hasMessage("A plan has installments");
    assertThatThrownBy(() -> track(jan(1), paid(jan(1), "-5.00")))
        .hasMessage("Payments received are above zero");
  }
}
