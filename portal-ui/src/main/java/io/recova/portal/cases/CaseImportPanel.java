package io.recova.portal.cases;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import io.recova.agency.casefile.intake.CaseImport;
import io.recova.agency.casefile.intake.ImportColumn;
import io.recova.agency.casefile.intake.ImportColumnMappings;
import io.recova.agency.casefile.intake.ImportMode;
import io.recova.agency.casefile.intake.ImportReport;
import io.recova.agency.casefile.intake.RowProblem;
import io.recova.agency.mandate.CreditorClientService;
import io.recova.agency.mandate.CreditorClientView;
import io.recova.agency.platform.RecovaException;
import io.recova.agency.security.CurrentCaller;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A file of invoices brought in at once: upload, the per-row report (row, column, reason), and,
 * for headers Recova does not know, a mapping the creditor sets once and keeps for later files.
 */
public class CaseImportPanel extends VerticalLayout {

  /** Makes panels with the services injected. */
  public static class Factory {
    @Inject CaseImport imports;
    @Inject ImportColumnMappings mappings;
    @Inject CreditorClientService creditors;
    @Inject CurrentCaller currentCaller;

    public CaseImportPanel create(Runnable done) {
      boolean staff = !currentCaller.get().isCreditorScoped();
      return new CaseImportPanel(imports, mappings, staff ? creditors.list() : null, done);
    }
  }

  private final CaseImport imports;
  private final ImportColumnMappings mappings;
  private final Runnable done;
  final ComboBox<CreditorClientView> creditor = new ComboBox<>();
  final Checkbox allOrNothing = new Checkbox();
  final Paragraph summary = new Paragraph();
  final Grid<RowProblem> problems = new Grid<>();
  final Div mappingBox = new Div();
  private String lastName;
  private byte[] lastContent;

  CaseImportPanel(CaseImport imports, ImportColumnMappings mappings,
      List<CreditorClientView> creditors, Runnable done) {
    this.imports = imports;
    this.mappings = mappings;
    this.done = done;
    setPadding(false);
    add(new Paragraph(getTranslation("import.help")));
    if (creditors != null) {
      creditor.setId("import-creditor");
      creditor.setLabel(getTranslation("newCase.creditor"));
      creditor.setItems(creditors);
      creditor.setItemLabelGenerator(CreditorClientView::name);
      add(creditor);
    }
    allOrNothing.setId("import-all-or-nothing");
    allOrNothing.setLabel(getTranslation("import.allOrNothing"));
    UI ui = UI.getCurrent();
    Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> ui.access(() -> {
      lastName = meta.fileName();
      lastContent = bytes;
      run();
    })));
    upload.setId("import-upload");
    upload.setI18n(io.recova.portal.i18n.UploadTexts.of(this::getTranslation));
    upload.setMaxFiles(1);
    upload.setMaxFileSize(32 * 1024 * 1024);
    upload.setAcceptedFileTypes(".csv", ".txt", ".json", "text/csv", "application/json");
    summary.setId("import-summary");
    summary.setVisible(false);
    problems.setId("import-problems");
    problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    problems.addColumn(RowProblem::row).setHeader(getTranslation("import.row")).setAutoWidth(true)
        .setFlexGrow(0);
    problems.addColumn(RowProblem::column).setHeader(getTranslation("import.column"))
        .setAutoWidth(true);
    problems.addColumn(this::reason).setHeader(getTranslation("import.reason"))
        .setFlexGrow(3);
    problems.setVisible(false);
    problems.setHeight("18em");
    mappingBox.setId("import-mapping");
    add(allOrNothing, upload, summary, problems, mappingBox);
  }

  /** The problem in the UI language when its code has a text, else the reader's own words. */
  String reason(RowProblem problem) {
    String translated = getTranslation("error." + problem.code());
    return io.recova.portal.i18n.Translations.isMissing(translated) ? problem.message() : translated;
  }

  private UUID creditorId() {
    return creditor.getValue() == null ? null : creditor.getValue().id();
  }

  private void run() {
    try {
      ImportReport report = imports.importFile(creditorId(), lastName, lastContent, null,
          allOrNothing.getValue() ? ImportMode.ALL_OR_NOTHING : ImportMode.VALID_ROWS);
      show(report);
      if (report.casesCreated() > 0) {
        done.run();
      }
    } catch (RecovaException refused) {
      summary.setText(refused.getMessage());
      summary.setVisible(true);
    }
  }

  void show(ImportReport report) {
    summary.setText(getTranslation(report.committed() ? "import.summary" : "import.refused",
        report.dataRows(), report.casesCreated(), report.casesAlreadyPresent(),
        report.casesRejected()));
    summary.setVisible(true);
    problems.setItems(report.problems());
    problems.setVisible(!report.problems().isEmpty());
    mappingBox.removeAll();
    if (!report.ignoredHeaders().isEmpty()) {
      mappingBox.add(new H4(getTranslation("import.mapping")),
          new Paragraph(getTranslation("import.mapping.help")));
      Map<String, Select<ImportColumn>> choices = new LinkedHashMap<>();
      for (String header : report.ignoredHeaders()) {
        Select<ImportColumn> choice = new Select<>();
        choice.setLabel(header);
        choice.setItems(ImportColumn.values());
        choice.setItemLabelGenerator(c -> c == null ? "" : getTranslation("column." + c.name()));
        choice.setEmptySelectionAllowed(true);
        choice.setEmptySelectionCaption(getTranslation("import.ignore"));
        choices.put(header, choice);
        mappingBox.add(choice);
      }
      Button save = new Button(getTranslation("import.mapping.save"), e -> {
        Map<String, ImportColumn> mapping = new LinkedHashMap<>(mappings.of(creditorId()));
        choices.forEach((header, choice) -> {
          if (choice.getValue() != null) {
            mapping.put(header, choice.getValue());
          }
        });
        mappings.replace(creditorId(), mapping);
        run();
      });
      save.setId("import-mapping-save");
      mappingBox.add(save);
    }
  }
}
