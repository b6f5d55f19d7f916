package io.recova.agency.platform.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses request bodies over {@code RECOVA_API_MAX_BODY_BYTES} (default 1 MiB) before they are
 * parsed: by the declared length when there is one, and by counting when the body is chunked.
 * Bulk imports ({@code RECOVA_IMPORT_MAX_BODY_BYTES}, default 32 MiB) and evidence documents
 * (10 MiB and a little for the request) have their own, larger limits.
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter {

  @Inject
  @ConfigProperty(name = "RECOVA_API_MAX_BODY_BYTES", defaultValue = "1048576")
  long limit;

  @Inject
  @ConfigProperty(name = "RECOVA_IMPORT_MAX_BODY_BYTES", defaultValue = "33554432")
  long importLimit;

  /** A document may be 10 MiB (the case_document check); the margin is for the request itself. */
  static final long DOCUMENT_LIMIT = 10L * 1024 * 1024 + 64 * 1024;

  long limitFor(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    if (p.equals("v1/cases/import")) {
      return importLimit;
    }
    if (p.startsWith("v1/cases/") && p.endsWith("/documents")) {
      return DOCUMENT_LIMIT;
    }
    return limit;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    long max = limitFor(request.getUriInfo().getPath());
    if (request.getLength() > max) {
      throw new PayloadTooLargeException(max);
    }
    if (request.hasEntity()) {
      request.setEntityStream(new CountingStream(request.getEntityStream(), max));
    }
  }

  private static final class CountingStream extends FilterInputStream {
    private final long limit;
    private long count;

    CountingStream(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        add(n);
      }
      return n;
    }

    private void add(long n) {
      count += n;
      if (count > limit) {
        throw new PayloadTooLargeException(limit);
      }
    }
  }
}
