package io.recova.agency.judicial;

import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.money.Money;
import io.recova.agency.valuation.ClaimNature;
import org.junit.jupiter.api.Test;

class RouteAdvisorTest {

  private static RouteFacts facts(String amount, ClaimNature nature, boolean contested,
      boolean notice, boolean title, boolean attempt, boolean smallClaimsFailed) {
    return new RouteFacts(Money.of(amount, "EUR"), nature, contested, notice, title, attempt,
        smallClaimsFailed);
  }

  @Test
  void anUncontestedClaimUpToFiveThousandGoesToTheSmallClaimsProcedure() {
    RouteSuggestion s = RouteAdvisor.suggest(
        facts("5000.00", ClaimNature.B2B, false, true, false, false, false));
    assertThat(s.route()).isEqualTo(JudicialRoute.SMALL_CLAIMS);
    assertThat(s.forum()).isEqualTo(Forum.COMMISSAIRE_DE_JUSTICE);
    assertThat(s.reason()).contains("L125-1");
    assertThat(s.ready()).isTrue();
  }

  @Test
  void aboveFiveThousandAnUncontestedClaimGoesToAnOrderForPaymentAtTheCourtOfItsNature() {
    RouteSuggestion b2b = RouteAdvisor.suggest(
        facts("5000.01", ClaimNature.B2B, false, true, false, false, false));
    assertThat(b2b.route()).isEqualTo(JudicialRoute.PAYMENT_ORDER);
    assertThat(b2b.forum()).isEqualTo(Forum.COMMERCIAL_COURT);
    assertThat(b2b.reasonCode()).isEqualTo("amount.fixed");
    RouteSuggestion b2c = RouteAdvisor.suggest(
        facts("12000.00", ClaimNature.B2C, false, true, false, false, false));
    assertThat(b2c.forum()).isEqualTo(Forum.JUDICIAL_COURT);
  }

  @Test
  void afterAFailedSmallClaimsProcedureComesTheOrderForPayment() {
    RouteSuggestion s = RouteAdvisor.suggest(
        facts("800.00", ClaimNature.B2B, false, true, false, false, true));
    assertThat(s.route()).isEqualTo(JudicialRoute.PAYMENT_ORDER);
    assertThat(s.reasonCode()).isEqualTo("smallClaims.failed");
  }

  @Test
  void aContestedSmallClaimBeforeTheJudicialCourtNeedsAPriorAmicableAttempt() {
    RouteSuggestion without = RouteAdvisor.suggest(
        facts("3000.00", ClaimNature.CIVIL, true, true, false, false, false));
    assertThat(without.route()).isEqualTo(JudicialRoute.SUMMONS);
    assertThat(without.forum()).isEqualTo(Forum.JUDICIAL_COURT);
    assertThat(without.preconditions()).extracting(Precondition::code, Precondition::met)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("formalNotice", true),
            org.assertj.core.groups.Tuple.tuple("amicableAttempt", false));
    assertThat(without.ready()).isFalse();

    RouteSuggestion with = RouteAdvisor.suggest(
        facts("3000.00", ClaimNature.CIVIL, true, true, false, true, false));
    assertThat(with.ready()).isTrue();
  }

  @Test
  void aContestedClaimBetweenMerchantsGoesToTheCommercialCourtWithoutTheAmicableAttempt() {
    RouteSuggestion s = RouteAdvisor.suggest(
        facts("3000.00", ClaimNature.B2B, true, true, false, false, false));
    assertThat(s.forum()).isEqualTo(Forum.COMMERCIAL_COURT);
    assertThat(s.preconditions()).extracting(Precondition::code).containsExactly("formalNotice");
  }

  @Test
  void aboveTenThousandASummonsBeforeTheJudicialCourtNeedsALawyer() {
    RouteSuggestion s = RouteAdvisor.suggest(
        facts("10000.01", ClaimNature.B2C, true, true, false, false, false));
    assertThat(s.notes()).anyMatch(n -> n.contains("lawyer"));
    assertThat(RouteAdvisor.suggest(
        facts("10000.00", ClaimNature.B2C, true, true, false, false, false)).notes()).isEmpty();
  }

  @Test
  void withoutAFormalNoticeNoRouteIsReady() {
    RouteSuggestion s = RouteAdvisor.suggest(
        facts("7000.00", ClaimNature.B2B, false, false, false, false, false));
    assertThat(s.ready()).isFalse();
    assertThat(s.preconditions()).extracting(Precondition::code).containsExactly("formalNotice");
  }

  @Test
  void withATitleTheSuggestionIsToAttachABankAccount() {
    RouteSuggestion s = RouteAdvisor.suggest(
        facts("7000.00", ClaimNature.B2B, true, true, true, false, false));
    assertThat(s.route()).isEqualTo(JudicialRoute.BANK_ATTACHMENT);
    assertThat(s.route().enforcement()).isTrue();
    assertThat(s.ready()).isTrue();
  }

  @Test
  void aClaimInAnotherCurrencyIsTakenAsAboveTheEuroCaps() {
    RouteSuggestion s = RouteAdvisor.suggest(new RouteFacts(Money.of("100.00", "GBP"),
        ClaimNature.B2B, false, true, false, false, false));
    assertThat(s.route()).isEqualTo(JudicialRoute.PAYMENT_ORDER);
  }
}
