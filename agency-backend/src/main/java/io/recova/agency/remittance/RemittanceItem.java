package io.recova.agency.remittance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A payment a remittance line pays, flagged when it is paid later than the legal delay. */
@Entity
@Table(name = "remittance_item")
public class RemittanceItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "line_id", nullable = false)
  private UUID lineId;

  @Column(name = "payment_id", nullable = false)
  private UUID paymentId;

  @Column(name = "late", nullable = false)
  private boolean late;

  protected RemittanceItem() {}

  RemittanceItem(UUID lineId, UUID paymentId, boolean late) {
    this.lineId = lineId;
    this.paymentId = paymentId;
    this.late = late;
  }

  public UUID lineId() {
    return lineId;
  }

  public UUID paymentId() {
    return paymentId;
  }

  public boolean late() {
    return late;
  }
}
