package io.recova.agency.platform;

import java.util.List;

/** One page of a longer list, with the total so a client can page through it. */
public record Page<T>(List<T> items, int page, int size, long total) {

  public static final int MAX_SIZE = 200;
}
