/** Cross-cutting mechanics: data source, schema migration, clock, the business error family, health. */
package io.recova.agency.platform;
