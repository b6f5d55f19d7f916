/**
 * Build-time tooling of the reports module: compiles the report templates of {@code
 * src/main/jasper} into the {@code .jasper} files the application loads, so that nothing is
 * compiled at run time.
 */
package io.recova.reports.build;
