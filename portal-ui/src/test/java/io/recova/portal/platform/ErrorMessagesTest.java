package io.recova.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.platform.ForbiddenException;
import io.recova.agency.platform.NotFoundException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ErrorMessagesTest {

  @Test
  void aRefusalIsToldAsSuchEvenWhenWrappedByTheContainer() {
    RuntimeException wrapped =
        new IllegalStateException("transaction", new ForbiddenException("managers only"));

    assertThat(ErrorMessages.of(wrapped)).isEqualTo(ErrorMessages.FORBIDDEN);
    assertThat(ErrorMessages.FORBIDDEN.key()).isEqualTo("error.forbidden");
    assertThat(ErrorMessages.FORBIDDEN.status()).isEqualTo(403);
  }

  @Test
  void somethingMissingOrOutOfScopeIsNotFound() {
    assertThat(ErrorMessages.of(new NotFoundException("Creditor client", UUID.randomUUID())))
        .isEqualTo(ErrorMessages.NOT_FOUND);
  }

  @Test
  void anythingElseIsUnexpected() {
    assertThat(ErrorMessages.of(new NullPointerException())).isEqualTo(ErrorMessages.UNEXPECTED);
    assertThat(ErrorMessages.UNEXPECTED.key()).isEqualTo("error.unexpected");
  }
}
