package io.recova.agency.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * Recova's only data source: PostgreSQL, located by {@code RECOVA_DB_URL}, {@code RECOVA_DB_USER}
 * and {@code RECOVA_DB_PASSWORD} (environment variables or system properties).
 *
 * <p>The {@code ${MPCONFIG=...}} syntax is Payara's: the pool is created before the application's
 * own configuration files are read, so there is deliberately no default here; the launcher always
 * provides the three values (embedded PostgreSQL by default). {@code stringType=unspecified} lets
 * PostgreSQL cast bound strings to {@code uuid} and enum columns itself.
 */
@Singleton
@DataSourceDefinition(
    name = DataSourceConfiguration.JNDI_NAME,
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=RECOVA_DB_URL}",
    user = "${MPCONFIG=RECOVA_DB_USER}",
    password = "${MPCONFIG=RECOVA_DB_PASSWORD}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {"stringType=unspecified", "ApplicationName=recova"})
public class DataSourceConfiguration {

  public static final String JNDI_NAME = "java:app/jdbc/recova";
}
