package io.recova.agency.casefile;

import io.recova.agency.platform.persistence.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A channel the debtor asked not to be contacted through, and since when. */
@Embeddable
public class DebtorOptOut {

  @Column(name = "channel", nullable = false)
  private String channel;

  @Convert(converter = InstantConverter.class)
  @Column(name = "opted_out_at", nullable = false)
  private Instant optedOutAt;

  protected DebtorOptOut() {}

  DebtorOptOut(ContactChannel channel, Instant at) {
    this.channel = channel.name();
    this.optedOutAt = at;
  }

  public ContactChannel channel() {
    return ContactChannel.valueOf(channel);
  }

  public Instant optedOutAt() {
    return optedOutAt;
  }
}
