/**
 * Throttling: bounded, per-node token buckets that say how often one address may do one thing ({@code Throttle}): public form posts, sign-in attempts. Owns no table.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Throttling")
package org.turath.throttling;
