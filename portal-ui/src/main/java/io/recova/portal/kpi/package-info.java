/**
 * The KPI dashboards (issue 7): a creditor's in its portal and the agency's for its managers,
 * tiles with each figure's definition and Chart.js charts, refreshed by server push when a case
 * changes ({@link io.recova.portal.kpi.PortfolioBroadcaster}).
 */
package io.recova.portal.kpi;
