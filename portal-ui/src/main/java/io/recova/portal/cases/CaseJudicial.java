package io.recova.portal.cases;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import io.recova.agency.judicial.Forum;
import io.recova.agency.judicial.JudicialRoute;
import io.recova.agency.judicial.JudicialTrack;
import io.recova.agency.judicial.JudicialView;
import io.recova.agency.judicial.JudicialView.DeadlineView;
import io.recova.agency.judicial.JudicialView.ProceedingView;
import io.recova.agency.judicial.JudicialView.StepView;
import io.recova.agency.judicial.JudgmentAward;
import io.recova.agency.judicial.NewProceeding;
import io.recova.agency.judicial.NewStep;
import io.recova.agency.judicial.Precondition;
import io.recova.agency.judicial.RouteSuggestion;
import io.recova.agency.judicial.StepRules;
import io.recova.portal.i18n.DatePickerTexts;
import io.recova.portal.i18n.Formats;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The judicial tab of a case: the route Recova suggests with why and what it still needs, each
 * proceeding with its steps and deadlines, and the costs advanced ({@link CaseCosts}); agency
 * staff open a proceeding, record its steps and its costs. The creditor reads the same, without
 * the forms.
 */
class CaseJudicial extends VerticalLayout {

  private final UUID caseId;
  private final JudicialTrack track;
  private final Consumer<Runnable> act;
  private final LocalDate today;

  CaseJudicial(UUID caseId, JudicialTrack track, io.recova.agency.cost.AdvancedCosts costs,
      boolean staff, boolean open, LocalDate today, Consumer<Runnable> act) {
    this.caseId = caseId;
    this.track = track;
    this.act = act;
    this.today = today;
    setPadding(false);
    JudicialView view = track.of(caseId);
    if (open) {
      add(suggestion(view.suggestion()));
    }
    if (view.proceedings().isEmpty()) {
      Paragraph none = new Paragraph(getTranslation("judicial.none"));
      none.setId("judicial-none");
      add(none);
    }
    for (ProceedingView p : view.proceedings()) {
      add(proceeding(p, staff && open));
    }
    if (staff && open) {
      add(openForm(view.suggestion()));
    }
    // Costs arrive with the suppliers' invoices, sometimes after the case closed: staff record
    // them whatever the stage.
    add(new CaseCosts(caseId, costs, view.proceedings().stream()
        .flatMap(p -> p.steps().stream()).toList(), staff, today, act));
  }

  private Component suggestion(RouteSuggestion s) {
    Div box = new Div();
    box.setId("judicial-suggestion");
    box.getStyle().set("border-left", "3px solid var(--lumo-primary-color)")
        .set("padding-left", "var(--lumo-space-m)");
    box.add(new Paragraph(getTranslation("judicial.suggested",
        getTranslation("judicialRoute." + s.route().name()),
        getTranslation("forum." + s.forum().name()))));
    String reason = getTranslation("judicialReason." + s.reasonCode());
    box.add(new Paragraph(io.recova.portal.i18n.Translations.isMissing(reason) ? s.reason()
        : reason));
    UnorderedList needs = new UnorderedList();
    for (Precondition p : s.preconditions()) {
      String text = getTranslation("precondition." + p.code());
      needs.add(new ListItem((p.met() ? "✓ " : "✗ ")
          + (io.recova.portal.i18n.Translations.isMissing(text) ? p.explanation() : text)));
    }
    box.add(needs);
    return box;
  }

  private Component proceeding(ProceedingView p, boolean canRecord) {
    VerticalLayout box = new VerticalLayout();
    box.setPadding(false);
    box.setId("proceeding-" + p.id());
    StringBuilder title = new StringBuilder(getTranslation("judicialRoute." + p.route().name()))
        .append(" · ").append(getTranslation("forum." + p.forum().name()));
    if (p.courtName() != null) {
      title.append(" · ").append(p.courtName());
    }
    box.add(new H4(title.toString()));
    String people = (p.lawyer() == null ? "" : getTranslation("judicial.lawyer") + " : "
        + p.lawyer() + "  ") + (p.commissaire() == null ? ""
        : getTranslation("judicial.commissaire") + " : " + p.commissaire());
    if (!people.isBlank()) {
      box.add(new Paragraph(people.strip()));
    }
    Grid<StepView> steps = new Grid<>();
    steps.setId("proceeding-steps-" + p.id());
    steps.addThemeVariants(GridVariant.LUMO_COMPACT);
    steps.setAllRowsVisible(true);
    steps.addColumn(s -> Formats.date(s.date(), getLocale()))
        .setHeader(getTranslation("judicial.date")).setAutoWidth(true);
    steps.addColumn(s -> getTranslation("judicialStep." + s.kind().name()))
        .setHeader(getTranslation("judicial.step")).setAutoWidth(true);
    steps.addColumn(s -> s.note() == null ? "" : s.note())
        .setHeader(getTranslation("judicial.note")).setFlexGrow(2);
    steps.addColumn(this::awardText).setHeader(getTranslation("judicial.award")).setFlexGrow(2);
    steps.addColumn(StepView::recordedBy).setHeader(getTranslation("judicial.recordedBy"))
        .setAutoWidth(true);
    steps.setItems(p.steps());
    steps.setVisible(!p.steps().isEmpty());
    box.add(steps);
    if (!p.deadlines().isEmpty()) {
      Grid<DeadlineView> deadlines = new Grid<>();
      deadlines.setId("proceeding-deadlines-" + p.id());
      deadlines.addThemeVariants(GridVariant.LUMO_COMPACT);
      deadlines.setAllRowsVisible(true);
      deadlines.addColumn(d -> getTranslation("deadline." + d.kind().name()))
          .setHeader(getTranslation("judicial.deadline")).setFlexGrow(2);
      deadlines.addColumn(d -> Formats.date(d.lastDay(), getLocale()))
          .setHeader(getTranslation("judicial.lastDay")).setAutoWidth(true);
      deadlines.addColumn(DeadlineView::source).setHeader(getTranslation("judicial.source"))
          .setAutoWidth(true);
      deadlines.addColumn(d -> d.missed() ? getTranslation("judicial.missed") : "")
          .setAutoWidth(true);
      deadlines.setItems(p.deadlines());
      box.add(deadlines);
    }
    if (canRecord) {
      box.add(stepForm(p));
    }
    return box;
  }

  private HorizontalLayout stepForm(ProceedingView p) {
    Select<io.recova.agency.judicial.JudicialStepKind> kind = new Select<>();
    kind.setId("step-kind-" + p.id());
    kind.setLabel(getTranslation("judicial.step"));
    kind.setItems(StepRules.allowedOn(p.route()));
    kind.setItemLabelGenerator(k -> getTranslation("judicialStep." + k.name()));
    DatePicker date = new DatePicker(getTranslation("judicial.date"));
    date.setId("step-date-" + p.id());
    date.setI18n(DatePickerTexts.of(getLocale(), this::getTranslation));
    date.setValue(today);
    TextField note = new TextField(getTranslation("judicial.note"));
    note.setId("step-note-" + p.id());
    note.setMaxLength(1000);
    note.setWidth("18em");
    // A judgment's amounts, asked for only when the step is a judgment.
    BigDecimalField principal = amountField("judicial.awardPrincipal", "award-principal-", p);
    BigDecimalField interest = amountField("judicial.awardInterest", "award-interest-", p);
    BigDecimalField costs = amountField("judicial.awardCosts", "award-costs-", p);
    BigDecimalField article700 = amountField("judicial.awardArticle700", "award-article700-", p);
    HorizontalLayout amounts = row(principal, interest, costs, article700);
    amounts.setVisible(false);
    kind.addValueChangeListener(e ->
        amounts.setVisible(e.getValue() == io.recova.agency.judicial.JudicialStepKind.JUDGMENT));
    Button record = new Button(getTranslation("judicial.recordStep"), e -> act.accept(() ->
        track.recordStep(caseId, p.id(), new NewStep(kind.getValue(), date.getValue(),
            note.getValue(), amounts.isVisible() ? new JudgmentAward(principal.getValue(),
                interest.getValue(), costs.getValue(), article700.getValue()) : null))));
    record.setId("step-record-" + p.id());
    HorizontalLayout form = row(kind, date, note, amounts, record);
    form.setWrap(true);
    return form;
  }

  private BigDecimalField amountField(String label, String idPrefix, ProceedingView p) {
    BigDecimalField field = new BigDecimalField(getTranslation(label));
    field.setId(idPrefix + p.id());
    field.setWidth("9em");
    return field;
  }

  private String awardText(StepView s) {
    if (s.award() == null) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    appendAward(text, "judicial.awardPrincipal", s.award().principal());
    appendAward(text, "judicial.awardInterest", s.award().interest());
    appendAward(text, "judicial.awardCosts", s.award().costs());
    appendAward(text, "judicial.awardArticle700", s.award().article700());
    return text.toString();
  }

  private void appendAward(StringBuilder text, String key, io.recova.agency.money.Money amount) {
    if (amount != null) {
      text.append(text.length() == 0 ? "" : " · ").append(getTranslation(key)).append(" ")
          .append(Formats.money(amount, getLocale()));
    }
  }

  private HorizontalLayout openForm(RouteSuggestion suggested) {
    Select<JudicialRoute> route = new Select<>();
    route.setId("proceeding-route");
    route.setLabel(getTranslation("judicial.route"));
    route.setItems(JudicialRoute.values());
    route.setItemLabelGenerator(r -> getTranslation("judicialRoute." + r.name()));
    route.setValue(suggested.route());
    Select<Forum> forum = new Select<>();
    forum.setId("proceeding-forum");
    forum.setLabel(getTranslation("judicial.forum"));
    forum.setItems(Forum.values());
    forum.setItemLabelGenerator(f -> getTranslation("forum." + f.name()));
    forum.setValue(suggested.forum());
    TextField court = new TextField(getTranslation("judicial.courtName"));
    court.setId("proceeding-court");
    court.setMaxLength(200);
    TextField lawyer = new TextField(getTranslation("judicial.lawyer"));
    lawyer.setId("proceeding-lawyer");
    lawyer.setMaxLength(200);
    TextField commissaire = new TextField(getTranslation("judicial.commissaire"));
    commissaire.setId("proceeding-commissaire");
    commissaire.setMaxLength(200);
    Button open = new Button(getTranslation("judicial.open"), e -> act.accept(() ->
        track.open(caseId, new NewProceeding(route.getValue(), forum.getValue(),
            court.getValue(), lawyer.getValue(), commissaire.getValue()))));
    open.setId("proceeding-open");
    open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout row = row(route, forum, court, lawyer, commissaire, open);
    row.setWrap(true);
    return row;
  }

  private static HorizontalLayout row(Component... parts) {
    HorizontalLayout row = new HorizontalLayout(parts);
    row.setAlignItems(FlexComponent.Alignment.END);
    return row;
  }
}
