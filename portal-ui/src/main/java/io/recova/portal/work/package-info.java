/** The collector's day: today's tasks by priority, each opening its case. */
package io.recova.portal.work;
