/**
 * Mail outbox: {@code Mailer} keeps every message in the {@code mail_outbox} table in the caller's transaction and sends it after commit, retrying with back-off, once across nodes. Owns table {@code mail_outbox}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail outbox")
package org.turath.mail;
