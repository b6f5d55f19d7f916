package io.recova.portal.work;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.recova.agency.strategy.PriorityScore;
import io.recova.agency.strategy.QueueItem;
import io.recova.agency.strategy.WorkQueue;
import io.recova.portal.access.Audience;
import io.recova.portal.access.VisibleTo;
import io.recova.portal.cases.CaseView;
import io.recova.portal.i18n.Formats;
import io.recova.portal.layout.MainLayout;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;

/** Today's tasks, highest priority first, with the reasons of each priority. */
@Route(value = "console/queue", layout = MainLayout.class)
@VisibleTo(Audience.AGENCY_STAFF)
public class WorkQueueView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private final WorkQueue queue;
  final Grid<QueueItem> grid = new Grid<>();
  final Paragraph empty = new Paragraph();

  @Inject
  public WorkQueueView(WorkQueue queue) {
    this.queue = queue;
    setSizeFull();
    grid.setId("work-queue");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.addColumn(QueueItem::priority).setHeader(getTranslation("queue.priority"))
        .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(i -> getTranslation("activityKind." + i.channel().name())
            + (i.template() == null ? "" : " · " + getTranslation("template." + i.template())))
        .setHeader(getTranslation("queue.task")).setAutoWidth(true);
    grid.addColumn(QueueItem::caseReference).setHeader(getTranslation("cases.column.reference"))
        .setAutoWidth(true);
    grid.addColumn(QueueItem::debtorName).setHeader(getTranslation("cases.column.debtor"))
        .setFlexGrow(1);
    grid.addColumn(i -> Formats.money(i.amountDue(), getLocale()))
        .setHeader(getTranslation("balance.due")).setTextAlign(ColumnTextAlign.END)
        .setAutoWidth(true);
    grid.addColumn(i -> Formats.date(i.dueOn(), getLocale()))
        .setHeader(getTranslation("queue.dueOn")).setAutoWidth(true);
    grid.addColumn(i -> reasons(i.reasons())).setHeader(getTranslation("queue.reasons"))
        .setTooltipGenerator(i -> i.reasons().stream().map(PriorityScore.Reason::text)
            .collect(Collectors.joining("\n")))
        .setFlexGrow(4);
    grid.addComponentColumn(this::doneButton).setAutoWidth(true).setFlexGrow(0);
    grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CaseView.class,
        e.getItem().caseId().toString(), CaseView.preparing(e.getItem().template(),
            e.getItem().channel()))));
    grid.setSizeFull();
    empty.setId("work-queue-empty");
    empty.setText(getTranslation("queue.empty"));
    add(new H2(getTranslation("queue.title")), empty, grid);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    refresh();
  }

  private void refresh() {
    List<QueueItem> items = queue.today();
    grid.setItems(items);
    empty.setVisible(items.isEmpty());
    grid.setVisible(!items.isEmpty());
  }

  /** "+40 amount · +30 limitation near", in the UI language; the full English text on hover. */
  private String reasons(List<PriorityScore.Reason> reasons) {
    return reasons.stream()
        .map(r -> (r.points() > 0 ? "+" : "") + r.points() + " " + getTranslation("reason." + r.code()))
        .collect(Collectors.joining(" · "));
  }

  private Button doneButton(QueueItem item) {
    Button done = new Button(getTranslation("queue.done"), e -> {
      queue.done(item.taskId());
      refresh();
    });
    done.setId("task-done-" + item.taskId());
    done.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    return done;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("queue.title") + " · " + getTranslation("app.title");
  }
}
