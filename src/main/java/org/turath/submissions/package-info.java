/**
 * One-time form submissions: forms that create something carry a token, and a second post of the
 * same form (a double click, a resent request) finds what the first one made instead of making a
 * twin, on every node. Owns table {@code form_submission}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "One-time form submissions")
package org.turath.submissions;
