/**
 * Partnerships: the bodies the centre works with and the agreements it signs with them — parties and their shares of
 * the funding, terms, renewals and reminders before an agreement ends, and what came of each — kept by the secretariat
 * and shown in public without the confidential parts.
 */
package org.turath.partners;
