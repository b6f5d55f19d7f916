/** Dossiers (cases) and their claims; the case aggregate arrives with issue 3. */
package io.recova.agency.casefile;
