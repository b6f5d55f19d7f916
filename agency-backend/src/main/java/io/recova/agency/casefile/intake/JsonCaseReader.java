package io.recova.agency.casefile.intake;

import io.recova.agency.valuation.ClaimNature;
import io.recova.agency.casefile.DebtorKind;
import io.recova.agency.casefile.NewCase;
import io.recova.agency.casefile.NewCaseRules;
import io.recova.agency.casefile.NewClaim;
import io.recova.agency.casefile.NewDebtor;
import io.recova.agency.casefile.PostalAddress;
import io.recova.agency.platform.FieldViolation;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads cases shaped like {@code NewCase} from JSON, as an array or as {@code {"cases": [...]}}.
 * The document is parsed as a tree and each case is read on its own, so that a case with a wrong
 * field is reported and the others are still imported. Values are read tolerantly: an amount may
 * be a number or a string such as "1 234,56", a date any form {@link DateParser} accepts.
 */
final class JsonCaseReader {

  private static final Set<String> CASE_KEYS =
      Set.of("creditorId", "externalReference", "debtor", "claims", "formalNoticeDate");
  private static final Set<String> DEBTOR_KEYS =
      Set.of("kind", "name", "registrationNumber", "address", "email", "phone");
  private static final Set<String> ADDRESS_KEYS =
      Set.of("line1", "line2", "postalCode", "city", "countryCode");
  private static final Set<String> CLAIM_KEYS = Set.of("invoiceNumber", "invoiceDate", "dueDate",
      "principal", "currency", "nature", "contractRatePercent", "vatPercent");

  private final int maxCases;

  JsonCaseReader(int maxCases) {
    this.maxCases = maxCases;
  }

  ParsedImport read(FileText file, LocalDate today) {
    List<RowProblem> problems = new ArrayList<>();
    JsonStructure document;
    try (JsonReader reader = Json.createReader(new StringReader(file.text()))) {
      document = reader.read();
    } catch (JsonException e) {
      problems.add(RowProblem.ofFile("json.malformed",
          "The file is not valid JSON: " + e.getMessage()));
      return result(file, 0, Set.of(), List.of(), problems);
    }
    JsonArray items = casesOf(document);
    if (items == null) {
      problems.add(RowProblem.ofFile("json.shape",
          "The file must hold an array of cases or an object with a \"cases\" array"));
      return result(file, 0, Set.of(), List.of(), problems);
    }
    if (items.size() > maxCases) {
      problems.add(RowProblem.ofFile("file.tooManyRows",
          "The file has more than " + maxCases + " cases; split it into several files"));
      return result(file, items.size(), Set.of(), List.of(), problems);
    }
    Set<String> ignored = new LinkedHashSet<>();
    Map<String, Integer> firstIndexOf = new HashMap<>();
    List<ImportedCase> cases = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      int index = i + 1;
      JsonValue item = items.get(i);
      List<RowProblem> found = new ArrayList<>();
      if (!(item instanceof JsonObject object)) {
        problems.add(RowProblem.atCase(index, "json.notAnObject",
            "Expected a case object, found " + describe(item)));
        continue;
      }
      NewCase command = new OneCase(index, found, ignored).read(object, today);
      String reference = command.externalReference();
      if (reference != null && !reference.isBlank()) {
        Integer earlier = firstIndexOf.putIfAbsent(reference.strip(), index);
        if (earlier != null) {
          found.add(RowProblem.atField(index, "externalReference", "case.duplicateReference",
              "Case '" + reference.strip() + "' already appears as case " + earlier
                  + "; put all its claims in one case"));
        }
      }
      if (found.isEmpty()) {
        cases.add(new ImportedCase(reference, List.of(index), command));
      }
      problems.addAll(found);
    }
    return result(file, items.size(), ignored, cases, problems);
  }

  private static JsonArray casesOf(JsonStructure document) {
    if (document instanceof JsonArray array) {
      return array;
    }
    if (document instanceof JsonObject object && object.get("cases") instanceof JsonArray array) {
      return array;
    }
    return null;
  }

  private static String describe(JsonValue value) {
    return value == null ? "nothing" : value.getValueType().name().toLowerCase(Locale.ROOT) + " " + value;
  }

  private static ParsedImport result(FileText file, int count, Set<String> ignored,
      List<ImportedCase> cases, List<RowProblem> problems) {
    return new ParsedImport(ImportFormat.JSON, file.charset(), null, List.of(),
        List.copyOf(ignored), count, cases, problems);
  }

  /** Reads one case object, collecting its problems by field path. */
  private static final class OneCase {
    private final int index;
    private final List<RowProblem> found;
    private final Set<String> ignored;
    private final Set<String> badPaths = new HashSet<>();

    OneCase(int index, List<RowProblem> found, Set<String> ignored) {
      this.index = index;
      this.found = found;
      this.ignored = ignored;
    }

    NewCase read(JsonObject c, LocalDate today) {
      noteUnknown(c, CASE_KEYS, "");
      String reference = text(c, "externalReference", "externalReference");
      LocalDate notice = typed(c, "formalNoticeDate", "formalNoticeDate", DateParser::parse);
      JsonObject d = object(c, "debtor", "debtor");
      List<NewClaim> claims = claims(c);
      List<ClaimNature> natures = claims.stream().map(k -> k == null ? null : k.nature()).toList();
      NewDebtor debtor = d == null ? null : debtor(d, natures);
      DebtorKind kind = debtor == null ? null : debtor.kind();
      List<NewClaim> withNatures = claims.stream()
          .map(k -> k == null || kind == null ? k
              : k.withNature(CaseDefaults.nature(k.nature(), kind)))
          .toList();
      NewCase command = new NewCase(null, reference, debtor,
          claims.isEmpty() && !c.containsKey("claims") ? null : withNatures, notice);
      for (FieldViolation v : NewCaseRules.check(command, today)) {
        if (badPaths.add(v.field())) {
          found.add(RowProblem.atField(index, v.field(), v.code(), v.message()));
        }
      }
      return command;
    }

    private NewDebtor debtor(JsonObject d, List<ClaimNature> natures) {
      noteUnknown(d, DEBTOR_KEYS, "debtor.");
      String number = text(d, "registrationNumber", "debtor.registrationNumber");
      DebtorKind kind = CaseDefaults.kind(
          typed(d, "kind", "debtor.kind", DebtorKindWords::parse), number, natures);
      JsonObject a = object(d, "address", "debtor.address");
      PostalAddress address = null;
      if (a != null) {
        noteUnknown(a, ADDRESS_KEYS, "debtor.address.");
        address = new PostalAddress(
            text(a, "line1", "debtor.address.line1"),
            text(a, "line2", "debtor.address.line2"),
            text(a, "postalCode", "debtor.address.postalCode"),
            text(a, "city", "debtor.address.city"),
            text(a, "countryCode", "debtor.address.countryCode"));
      }
      return new NewDebtor(kind, text(d, "name", "debtor.name"), number, address,
          text(d, "email", "debtor.email"), text(d, "phone", "debtor.phone"));
    }

    private List<NewClaim> claims(JsonObject c) {
      JsonValue value = c.get("claims");
      if (value == null || value == JsonValue.NULL) {
        return List.of();
      }
      if (!(value instanceof JsonArray array)) {
        wrongType("claims", "an array of claims", value);
        return List.of();
      }
      List<NewClaim> claims = new ArrayList<>();
      for (int i = 0; i < array.size(); i++) {
        String p = "claims[" + i + "]";
        if (!(array.get(i) instanceof JsonObject k)) {
          wrongType(p, "a claim object", array.get(i));
          claims.add(null);
          continue;
        }
        noteUnknown(k, CLAIM_KEYS, "claims[].");
        claims.add(new NewClaim(
            text(k, "invoiceNumber", p + ".invoiceNumber"),
            typed(k, "invoiceDate", p + ".invoiceDate", DateParser::parse),
            typed(k, "dueDate", p + ".dueDate", DateParser::parse),
            amount(k, "principal", p + ".principal"),
            text(k, "currency", p + ".currency"),
            typed(k, "nature", p + ".nature", ClaimNatureWords::parse),
            amount(k, "contractRatePercent", p + ".contractRatePercent"),
            amount(k, "vatPercent", p + ".vatPercent")));
      }
      return claims;
    }

    /** A text field; a number is accepted as its digits (an invoice number 1042, a postcode). */
    private String text(JsonObject o, String key, String path) {
      JsonValue value = o.get(key);
      if (value == null || value == JsonValue.NULL) {
        return null;
      }
      if (value instanceof JsonString s) {
        return s.getString();
      }
      if (value instanceof JsonNumber n) {
        return n.toString();
      }
      wrongType(path, "text", value);
      return null;
    }

    private BigDecimal amount(JsonObject o, String key, String path) {
      if (o.get(key) instanceof JsonNumber n) {
        return n.bigDecimalValue();
      }
      return typed(o, key, path, AmountParser::parse);
    }

    private <T> T typed(JsonObject o, String key, String path, Function<String, T> parser) {
      JsonValue value = o.get(key);
      if (value == null || value == JsonValue.NULL) {
        return null;
      }
      if (!(value instanceof JsonString s)) {
        wrongType(path, "a string", value);
        return null;
      }
      try {
        return parser.apply(CellText.clean(s.getString()));
      } catch (CellFormatException e) {
        badPaths.add(path);
        found.add(RowProblem.atField(index, path, e.code(), e.getMessage()));
        return null;
      }
    }

    private JsonObject object(JsonObject o, String key, String path) {
      JsonValue value = o.get(key);
      if (value == null || value == JsonValue.NULL) {
        return null;
      }
      if (value instanceof JsonObject object) {
        return object;
      }
      wrongType(path, "an object", value);
      return null;
    }

    private void wrongType(String path, String expected, JsonValue value) {
      badPaths.add(path);
      found.add(RowProblem.atField(index, path, "json.type",
          "Expected " + expected + ", found " + describe(value)));
    }

    private void noteUnknown(JsonObject o, Set<String> known, String prefix) {
      for (String key : o.keySet()) {
        if (!known.contains(key)) {
          ignored.add(prefix + key);
        }
      }
    }
  }
}
