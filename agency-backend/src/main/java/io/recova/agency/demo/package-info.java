/** Demo data seeded on start-up unless RECOVA_DEMO=false. */
package io.recova.agency.demo;
