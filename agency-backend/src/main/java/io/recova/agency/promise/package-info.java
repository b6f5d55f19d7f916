/** Promises to pay a debtor makes to a collector, and whether they were kept. */
package io.recova.agency.promise;
