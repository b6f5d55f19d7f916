/**
 * What collectors do on cases: calls, e-mails, letters, SMS, visits and notes, each with its
 * outcome, author and time, and the contact guard that keeps them within the agency's policy.
 */
package io.recova.agency.activity;
