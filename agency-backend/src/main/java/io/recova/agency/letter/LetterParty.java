package io.recova.agency.letter;

import java.util.List;

/** A party as printed on a letter: its name and its postal address, one line per entry. */
public record LetterParty(String name, List<String> addressLines) {

  public LetterParty {
    addressLines = List.copyOf(addressLines);
  }
}
