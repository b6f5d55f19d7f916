package io.recova.agency.activity;

/**
 * Why a contact may not happen now.
 *
 * @param code a stable code the UI translates
 * @param reason the explanation in English, with the figures that decided it
 */
public record ContactRefusal(String code, String reason) {}
