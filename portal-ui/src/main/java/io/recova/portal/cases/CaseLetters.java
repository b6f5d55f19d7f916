package io.recova.portal.cases;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.recova.agency.casefile.CasePortfolio;
import io.recova.agency.casefile.StoredDocument;
import io.recova.agency.letter.LetterChannel;
import io.recova.agency.letter.LetterDispatch;
import io.recova.agency.letter.LetterKind;
import io.recova.agency.letter.LetterView;
import io.recova.agency.letter.SendLetter;
import io.recova.portal.i18n.Formats;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The letters of a case, each with its frozen PDF; agency staff preview the next one and send it
 * by post or e-mail.
 */
class CaseLetters extends VerticalLayout {

  /**
   * @param prepared the letter a task asks for, preselected; null for the friendly reminder
   * @param preparedChannel how that task sends it; null for the post
   */
  CaseLetters(UUID caseId, LetterDispatch letters, CasePortfolio portfolio, boolean staff,
      ZoneId zone, LetterKind prepared, LetterChannel preparedChannel, Consumer<Runnable> act) {
    setPadding(false);
    Grid<LetterView> grid = new Grid<>();
    grid.setId("case-letters");
    grid.setAllRowsVisible(true);
    grid.addColumn(LetterView::reference).setHeader(getTranslation("letter.reference"))
        .setAutoWidth(true);
    grid.addColumn(l -> getTranslation("letterKind." + l.kind().name()))
        .setHeader(getTranslation("letter.kind")).setAutoWidth(true);
    grid.addColumn(l -> getTranslation("letterChannel." + l.channel().name()))
        .setHeader(getTranslation("letter.channel")).setAutoWidth(true);
    grid.addColumn(l -> Formats.date(l.sentAt(), zone, getLocale()))
        .setHeader(getTranslation("letter.sentAt")).setAutoWidth(true);
    grid.addColumn(l -> Formats.money(l.amountDue(), getLocale()))
        .setHeader(getTranslation("balance.due")).setTextAlign(ColumnTextAlign.END);
    grid.addColumn(LetterView::recipient).setHeader(getTranslation("letter.recipient"))
        .setFlexGrow(2);
    grid.addComponentColumn(l -> pdfLink(caseId, l, portfolio))
        .setHeader(getTranslation("document.file")).setAutoWidth(true);
    var sent = letters.of(caseId);
    grid.setItems(sent);
    grid.setVisible(!sent.isEmpty());
    add(grid);
    if (!staff) {
      return;
    }
    Select<LetterKind> kind = new Select<>();
    kind.setId("letter-kind");
    kind.setLabel(getTranslation("letter.kind"));
    kind.setItems(LetterKind.values());
    kind.setItemLabelGenerator(k -> getTranslation("letterKind." + k.name()));
    kind.setValue(prepared == null ? LetterKind.FRIENDLY_REMINDER : prepared);
    Select<LetterChannel> channel = new Select<>();
    channel.setId("letter-channel");
    channel.setLabel(getTranslation("letter.channel"));
    channel.setItems(LetterChannel.values());
    channel.setItemLabelGenerator(c -> getTranslation("letterChannel." + c.name()));
    channel.setValue(preparedChannel == null ? LetterChannel.POST : preparedChannel);
    Anchor preview = new Anchor(DownloadHandler.fromInputStream(event -> {
      byte[] pdf = letters.preview(caseId, kind.getValue(), null);
      return new DownloadResponse(new ByteArrayInputStream(pdf), "preview.pdf",
          "application/pdf", pdf.length);
    }).inline(), getTranslation("letter.preview"));
    preview.setId("letter-preview");
    preview.setTarget("_blank");
    Button send = new Button(getTranslation("letter.send"), e -> act.accept(() ->
        letters.send(caseId, new SendLetter(kind.getValue(), channel.getValue(), null, null))));
    send.setId("letter-send");
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout row = new HorizontalLayout(kind, channel, send, preview);
    row.setAlignItems(FlexComponent.Alignment.BASELINE);
    add(row);
  }

  private Anchor pdfLink(UUID caseId, LetterView letter, CasePortfolio portfolio) {
    UUID documentId = letter.documentId();
    Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
      StoredDocument stored = portfolio.document(caseId, documentId);
      return new DownloadResponse(new ByteArrayInputStream(stored.content()),
          stored.description().fileName(), "application/pdf", stored.content().length);
    }), "PDF");
    link.setId("letter-pdf-" + letter.reference());
    return link;
  }
}
