package io.recova.agency.payment;

/** Why a payment is reversed, with an optional note (the bank's return code, ...). */
public record NewReversal(ReversalReason reason, String note) {}
