package io.recova.portal.kpi;

import com.vaadin.flow.shared.Registration;
import io.recova.agency.casefile.PortfolioChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the pages open on a creditor's figures that one of its cases changed, once the change is
 * committed (a rolled-back payment never shows). A creditor's page listens to its own creditor
 * only, so another creditor's change never reaches it; an agency page listens to every creditor.
 *
 * <p>Listeners run in the thread of whoever made the change (a collector's request): they must
 * only schedule work on their own UI, never read figures there, since the caller of that thread is
 * not theirs. This node's pages only: in a cluster, a change made on another node is seen at the
 * next refresh.
 */
@ApplicationScoped
public class PortfolioBroadcaster {

  private static final Logger LOG = Logger.getLogger(PortfolioBroadcaster.class.getName());

  /** The key of the listeners to every creditor's changes. */
  private static final UUID EVERY_CREDITOR = new UUID(0, 0);

  private final Map<UUID, Set<Consumer<PortfolioChanged>>> listeners = new ConcurrentHashMap<>();

  /** Listens to the changes of one creditor's cases until the registration is removed. */
  public Registration listenTo(UUID creditorId, Consumer<PortfolioChanged> listener) {
    return add(Objects.requireNonNull(creditorId, "creditorId"), listener);
  }

  /** Listens to the changes of every creditor's cases (the agency's dashboard). */
  public Registration listenToAll(Consumer<PortfolioChanged> listener) {
    return add(EVERY_CREDITOR, listener);
  }

  private Registration add(UUID key, Consumer<PortfolioChanged> listener) {
    listeners.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(listener);
    return () -> listeners.computeIfPresent(key, (k, set) -> {
      set.remove(listener);
      return set.isEmpty() ? null : set;
    });
  }

  void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) PortfolioChanged change) {
    publish(change);
  }

  void publish(PortfolioChanged change) {
    notify(listeners.get(change.creditorId()), change);
    notify(listeners.get(EVERY_CREDITOR), change);
  }

  private static void notify(Set<Consumer<PortfolioChanged>> targets, PortfolioChanged change) {
    if (targets == null) {
      return;
    }
    for (Consumer<PortfolioChanged> listener : targets) {
      try {
        listener.accept(change);
      } catch (RuntimeException e) {
        // A closed tab must not stop the others, nor fail the collector's committed change.
        LOG.log(Level.FINE, "A page could not be told of " + change, e);
      }
    }
  }
}
