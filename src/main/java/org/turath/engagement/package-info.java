/**
 * Where the public talks back: the site-wide satisfaction survey (tied to the page it was given on,
 * protected against flooding, charted for the secretariat) and the "ask us" inquiries with their
 * inbox, replies by e-mail in the asker's language, and overdue flags.
 */
package org.turath.engagement;
