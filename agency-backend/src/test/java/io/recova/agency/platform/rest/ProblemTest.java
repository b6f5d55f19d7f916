package io.recova.agency.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.platform.FieldViolation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parts of a problem document that need no JAX-RS runtime. */
class ProblemTest {

  @Test
  void namesItsTypeAfterTheErrorCode() {
    Problem problem = Problem.of("invalid-input", "Invalid input", 400, "2 invalid field(s)");

    assertThat(problem.type()).isEqualTo("https://recova.io/problems/invalid-input");
    assertThat(problem.title()).isEqualTo("Invalid input");
    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.detail()).isEqualTo("2 invalid field(s)");
    assertThat(problem.invalidFields()).isEmpty();
  }

  @Test
  void listsEveryInvalidFieldOfARejectedCommand() {
    List<FieldViolation> fields =
        List.of(
            new FieldViolation("iban", "iban.checksum", "IBAN check digits do not match"),
            new FieldViolation("name", "name.required", "The name is required"));

    Problem problem =
        Problem.of("invalid-input", "Invalid input", 400, "").withInvalidFields(fields);

    assertThat(problem.invalidFields()).containsExactlyElementsOf(fields);
    assertThat(problem.type()).endsWith("/invalid-input");
  }

  @Test
  void keepsItsOwnCopyOfTheInvalidFields() {
    List<FieldViolation> fields = new ArrayList<>();
    fields.add(new FieldViolation("iban", "iban.missing", "IBAN is required"));
    Problem problem =
        Problem.of("invalid-input", "Invalid input", 400, "").withInvalidFields(fields);

    fields.clear();

    assertThat(problem.invalidFields()).hasSize(1);
  }

  @Test
  void isServedAsProblemJson() {
    assertThat(Problem.MEDIA_TYPE.getType()).isEqualTo("application");
    assertThat(Problem.MEDIA_TYPE.getSubtype()).isEqualTo("problem+json");
  }
}
