package io.recova.portal.console;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import io.recova.agency.mandate.CostsBorneBy;
import io.recova.agency.mandate.FeeScheduleCommand;
import io.recova.agency.mandate.FeeScheduleView;
import io.recova.agency.mandate.KeptBy;
import io.recova.agency.platform.FieldViolation;
import io.recova.portal.i18n.Formats;
import io.recova.portal.i18n.Translations;
import java.math.BigDecimal;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A manager's form for amending a mandate's fee schedule: the rates per stage, marginal tiers
 * (added and removed row by row), the fixed fees and who keeps the accessories. It only checks that
 * numbers are numbers; the service's rules decide, and {@link #showViolations} puts their verdict
 * on the fields. Reports upward with {@link SaveEvent} and {@link CloseEvent}.
 */
public class FeeScheduleForm extends VerticalLayout {

  final TextField amicableFee = new TextField();
  final TextField judicialFee = new TextField();
  final VerticalLayout tiers = new VerticalLayout();
  final List<TierRow> tierRows = new ArrayList<>();
  final Button addTier = new Button();
  final TextField fileFee = new TextField();
  final TextField certificateFee = new TextField();
  final Select<KeptBy> interestKeptBy = new Select<>();
  final Select<KeptBy> indemnityKeptBy = new Select<>();
  final Select<CostsBorneBy> unrecoverableCostsBorneBy = new Select<>();
  final Button save = new Button();
  final Button cancel = new Button();
  final Div formError = new Div();

  /** One band of the tiered fee: the threshold and the two rates above it. */
  final class TierRow extends HorizontalLayout {
    final TextField above = field("fees.tier.above", "€");
    final TextField amicable = field("fees.tier.amicable", "%");
    final TextField judicial = field("fees.tier.judicial", "%");
    final Button remove = new Button(VaadinIcon.TRASH.create());

    TierRow() {
      remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
      remove.setAriaLabel(getTranslation("fees.removeTier"));
      remove.addClickListener(e -> removeTier(this));
      setAlignItems(FlexComponent.Alignment.BASELINE);
      add(above, amicable, judicial, remove);
    }
  }

  /**
   * @param current the schedule in force, which the form starts from
   */
  public FeeScheduleForm(FeeScheduleView current) {
    setPadding(false);
    setUp(amicableFee, "fees-amicable", "form.feeAmicable", "%");
    setUp(judicialFee, "fees-judicial", "form.feeJudicial", "%");
    setUp(fileFee, "fees-file", "fees.fileFee", "€");
    setUp(certificateFee, "fees-certificate", "fees.certificateFee", "€");
    for (Select<KeptBy> select : List.of(interestKeptBy, indemnityKeptBy)) {
      select.setItems(KeptBy.values());
      select.setItemLabelGenerator(k -> getTranslation("fees.keptBy." + k.name()));
    }
    interestKeptBy.setId("fees-interest-kept-by");
    interestKeptBy.setLabel(getTranslation("fees.interestKeptBy"));
    indemnityKeptBy.setId("fees-indemnity-kept-by");
    indemnityKeptBy.setLabel(getTranslation("fees.indemnityKeptBy"));
    unrecoverableCostsBorneBy.setItems(CostsBorneBy.values());
    unrecoverableCostsBorneBy.setItemLabelGenerator(
        c -> getTranslation("fees.keptBy." + c.name()));
    unrecoverableCostsBorneBy.setId("fees-unrecoverable-costs-borne-by");
    unrecoverableCostsBorneBy.setLabel(getTranslation("fees.unrecoverableCostsBorneBy"));
    unrecoverableCostsBorneBy.setHelperText(
        getTranslation("fees.unrecoverableCostsBorneBy.help"));

    amicableFee.setValue(decimal(current.amicableFeePercent()));
    judicialFee.setValue(decimal(current.judicialFeePercent()));
    current.tiers().forEach(t -> {
      TierRow row = addTierRow();
      row.above.setValue(decimal(t.above()));
      row.amicable.setValue(decimal(t.amicableFeePercent()));
      row.judicial.setValue(decimal(t.judicialFeePercent()));
    });
    fileFee.setValue(decimal(current.fileFee()));
    certificateFee.setValue(decimal(current.certificateFee()));
    interestKeptBy.setValue(current.lateInterestKeptBy());
    indemnityKeptBy.setValue(current.indemnityKeptBy());
    unrecoverableCostsBorneBy.setValue(current.unrecoverableCostsBorneBy());

    tiers.setPadding(false);
    tiers.setSpacing(false);
    tiers.setId("fees-tiers");
    addTier.setText(getTranslation("fees.addTier"));
    addTier.setIcon(VaadinIcon.PLUS.create());
    addTier.setId("fees-add-tier");
    addTier.addClickListener(e -> addTierRow());
    save.setText(getTranslation("form.save"));
    save.setId("fees-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(e -> validateAndSave());
    cancel.setText(getTranslation("form.cancel"));
    cancel.setId("fees-cancel");
    cancel.addClickListener(e -> fireEvent(new CloseEvent(this)));
    formError.setId("fees-form-error");
    formError.getStyle().set("color", "var(--lumo-error-text-color)");
    formError.setVisible(false);

    FormLayout rates = new FormLayout(amicableFee, judicialFee);
    FormLayout fixed = new FormLayout(fileFee, certificateFee, interestKeptBy, indemnityKeptBy,
        unrecoverableCostsBorneBy);
    add(rates, new H4(getTranslation("fees.tiers")), new Div(getTranslation("fees.tiers.help")),
        tiers, addTier, fixed, formError, new HorizontalLayout(save, cancel));
  }

  TierRow addTierRow() {
    TierRow row = new TierRow();
    tierRows.add(row);
    tiers.add(row);
    return row;
  }

  private void removeTier(TierRow row) {
    tierRows.remove(row);
    tiers.remove(row);
  }

  private TextField field(String labelKey, String unit) {
    TextField field = new TextField();
    setUp(field, null, labelKey, unit);
    return field;
  }

  private void setUp(TextField field, String id, String labelKey, String unit) {
    if (id != null) {
      field.setId(id);
    }
    field.setLabel(getTranslation(labelKey));
    field.setSuffixComponent(new Div(unit));
    // The service's verdict must not be cleared by the component's own checks on blur.
    field.setManualValidation(true);
  }

  private String decimal(BigDecimal value) {
    return value == null ? "" : Formats.decimalInput(value, getLocale());
  }

  /** Reads the numbers; when every one is a number, hands the command to whoever saves it. */
  void validateAndSave() {
    formError.setVisible(false);
    Map<TextField, BigDecimal> read = new HashMap<>();
    boolean readable = true;
    List<TextField> all = new ArrayList<>(List.of(amicableFee, judicialFee, fileFee, certificateFee));
    tierRows.forEach(r -> all.addAll(List.of(r.above, r.amicable, r.judicial)));
    for (TextField field : all) {
      field.setInvalid(false);
      if (field.getValue().isBlank()) {
        continue;
      }
      try {
        read.put(field, Formats.decimal(field.getValue()));
      } catch (ParseException e) {
        field.setErrorMessage(getTranslation("error.fee.number"));
        field.setInvalid(true);
        readable = false;
      }
    }
    if (!readable) {
      return;
    }
    List<FeeScheduleView.Tier> tiersRead = tierRows.stream()
        .map(r -> new FeeScheduleView.Tier(read.get(r.above), read.get(r.amicable),
            read.get(r.judicial)))
        .toList();
    fireEvent(new SaveEvent(this, new FeeScheduleCommand(read.get(amicableFee),
        read.get(judicialFee), tiersRead, read.get(fileFee), read.get(certificateFee),
        interestKeptBy.getValue(), indemnityKeptBy.getValue(),
        unrecoverableCostsBorneBy.getValue())));
  }

  /**
   * Shows on each field, in the user's language, what the service refused (tiers by their
   * position, {@code tiers[1].above}); anything else goes under the form.
   */
  public void showViolations(List<FieldViolation> violations) {
    Map<String, HasValidation> byName = new HashMap<>();
    byName.put("amicableFeePercent", amicableFee);
    byName.put("judicialFeePercent", judicialFee);
    byName.put("fileFee", fileFee);
    byName.put("certificateFee", certificateFee);
    for (int i = 0; i < tierRows.size(); i++) {
      TierRow row = tierRows.get(i);
      byName.put("tiers[" + i + "].above", row.above);
      byName.put("tiers[" + i + "].amicableFeePercent", row.amicable);
      byName.put("tiers[" + i + "].judicialFeePercent", row.judicial);
    }
    List<String> general = new ArrayList<>();
    for (FieldViolation violation : violations) {
      String translated = getTranslation("error." + violation.code());
      String text = Translations.isMissing(translated) ? violation.message() : translated;
      HasValidation field = byName.get(violation.field());
      if (field == null) {
        general.add(text);
      } else {
        field.setErrorMessage(text);
        field.setInvalid(true);
      }
    }
    formError.setText(String.join(" ", general));
    formError.setVisible(!general.isEmpty());
  }

  public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
    return addListener(SaveEvent.class, listener);
  }

  public Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
    return addListener(CloseEvent.class, listener);
  }

  /** The user submitted fees whose numbers all read as numbers. */
  public static class SaveEvent extends ComponentEvent<FeeScheduleForm> {
    private final FeeScheduleCommand command;

    SaveEvent(FeeScheduleForm source, FeeScheduleCommand command) {
      super(source, false);
      this.command = command;
    }

    public FeeScheduleCommand command() {
      return command;
    }
  }

  /** The user gave up; nothing is to be saved. */
  public static class CloseEvent extends ComponentEvent<FeeScheduleForm> {
    CloseEvent(FeeScheduleForm source) {
      super(source, false);
    }
  }
}
