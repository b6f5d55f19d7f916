/** The compiled report templates every report of the module fills, loaded once. */
package io.recova.reports.template;
