package io.recova.agency.judicial;

import io.recova.agency.platform.persistence.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A route taken to court (or to a commissaire de justice) on a case: which route, where, with
 * which professionals, and what Recova suggested when it was opened. Its steps are {@link
 * JudicialStep}s; nothing of it changes once recorded.
 */
@Entity
@Table(name = "judicial_proceeding")
public class JudicialProceeding {

  @Id private UUID id;

  @Column(name = "case_id", nullable = false)
  private UUID caseId;

  @Column(name = "creditor_id", nullable = false)
  private UUID creditorId;

  @Column(name = "route", nullable = false)
  private String route;

  @Column(name = "forum", nullable = false)
  private String forum;

  @Column(name = "court_name")
  private String courtName;

  @Column(name = "lawyer")
  private String lawyer;

  @Column(name = "commissaire")
  private String commissaire;

  @Column(name = "suggested_route", nullable = false)
  private String suggestedRoute;

  @Column(name = "opened_on", nullable = false)
  private LocalDate openedOn;

  @Convert(converter = InstantConverter.class)
  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "opened_by", nullable = false)
  private String openedBy;

  protected JudicialProceeding() {}

  JudicialProceeding(UUID id, UUID caseId, UUID creditorId, JudicialRoute route, Forum forum,
      String courtName, String lawyer, String commissaire, JudicialRoute suggested,
      LocalDate openedOn, Instant openedAt, String openedBy) {
    this.id = id;
    this.caseId = caseId;
    this.creditorId = creditorId;
    this.route = route.name();
    this.forum = forum.name();
    this.courtName = courtName;
    this.lawyer = lawyer;
    this.commissaire = commissaire;
    this.suggestedRoute = suggested.name();
    this.openedOn = openedOn;
    this.openedAt = openedAt;
    this.openedBy = openedBy;
  }

  public UUID id() {
    return id;
  }

  public UUID caseId() {
    return caseId;
  }

  public JudicialRoute route() {
    return JudicialRoute.valueOf(route);
  }

  public Forum forum() {
    return Forum.valueOf(forum);
  }

  public String courtName() {
    return courtName;
  }

  public String lawyer() {
    return lawyer;
  }

  public String commissaire() {
    return commissaire;
  }

  public JudicialRoute suggestedRoute() {
    return JudicialRoute.valueOf(suggestedRoute);
  }

  public LocalDate openedOn() {
    return openedOn;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public String openedBy() {
    return openedBy;
  }
}
