package io.recova.agency.activity;

import io.recova.agency.casefile.ContactChannel;
import java.util.Optional;

/** What a collector did. A note reaches nobody; every other kind contacts the debtor. */
public enum ActivityKind {
  CALL(ContactChannel.CALL),
  EMAIL(ContactChannel.EMAIL),
  LETTER(ContactChannel.LETTER),
  SMS(ContactChannel.SMS),
  VISIT(ContactChannel.VISIT),
  NOTE(null);

  private final ContactChannel channel;

  ActivityKind(ContactChannel channel) {
    this.channel = channel;
  }

  /** The channel through which it reaches the debtor; empty for a note. */
  public Optional<ContactChannel> channel() {
    return Optional.ofNullable(channel);
  }

  /** Whether it must happen within the contact hours (a letter or an e-mail waits in a box). */
  public boolean needsContactHours() {
    return this == CALL || this == SMS || this == VISIT;
  }
}
