package io.recova.agency.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.recova.agency.mandate.CreditorClient;
import io.recova.agency.mandate.CreditorClientFactory;
import io.recova.agency.mandate.NewCreditorClient;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The demo creditors are seeded on start-up through {@link CreditorClientFactory}: one invalid
 * SIREN or IBAN there and the application does not start. This test reads the very list {@link
 * DemoData} seeds (by reflection, as it is private) so that a later edit of the demo data cannot
 * slip past it, and registers each creditor exactly as {@code DemoData.seed()} does.
 */
class DemoCreditorsAreValidTest {

  /** One demo creditor as {@code DemoData} declares it. */
  record Demo(UUID id, NewCreditorClient terms) {
    @Override
    public String toString() {
      return terms.name();
    }
  }

  static List<Demo> demoCreditors() throws ReflectiveOperationException {
    Method creditors = DemoData.class.getDeclaredMethod("creditors");
    creditors.setAccessible(true);
    List<Demo> demos = new ArrayList<>();
    for (Object creditor : (List<?>) creditors.invoke(null)) {
      demos.add(
          new Demo(
              component(creditor, UUID.class), component(creditor, NewCreditorClient.class)));
    }
    return demos;
  }

  private static <T> T component(Object record, Class<T> type)
      throws ReflectiveOperationException {
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      if (component.getType() == type) {
        Method accessor = component.getAccessor();
        accessor.setAccessible(true);
        return type.cast(accessor.invoke(record));
      }
    }
    throw new AssertionError("A demo creditor has no component of type " + type.getName());
  }

  @Test
  void seedsTheThreeDemoCreditorsTheKeycloakDemoUsersAreBoundTo() throws Exception {
    assertThat(demoCreditors())
        .extracting(Demo::id)
        .contains(DemoData.MARTIN, DemoData.DUPONT, DemoData.LUMIERE)
        .doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @MethodSource("demoCreditors")
  void everyDemoCreditorPassesTheFactorysValidationToday(Demo demo) {
    assertThatCode(
            () ->
                CreditorClientFactory.register(
                    demo.terms(), demo.id(), Instant.now(), LocalDate.now()))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @MethodSource("demoCreditors")
  void everyDemoCreditorKeepsItsIdAndName(Demo demo) {
    CreditorClient client =
        CreditorClientFactory.register(demo.terms(), demo.id(), Instant.now(), LocalDate.now());

    assertThat(client.id()).isEqualTo(demo.id());
    assertThat(client.name()).isEqualTo(demo.terms().name().strip());
  }

  /** The database has a unique index on the SIREN: two demo creditors cannot share one. */
  @Test
  void noTwoDemoCreditorsShareASiren() throws Exception {
    List<String> sirens =
        demoCreditors().stream()
            .map(demo -> register(demo).view().registrationNumber())
            .filter(Objects::nonNull)
            .toList();

    assertThat(sirens).doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @MethodSource("demoCreditors")
  void everyDemoIbanIsPrintedInGroupsOfFour(Demo demo) {
    assertThat(register(demo).view().mandate().ibanForPrint())
        .matches("([A-Z0-9]{4} )*[A-Z0-9]{1,4}");
  }

  private static CreditorClient register(Demo demo) {
    return CreditorClientFactory.register(demo.terms(), demo.id(), Instant.now(), LocalDate.now());
  }
}
