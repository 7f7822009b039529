/**
 * The kernel every module shares: the portal's languages and three-language text (plain and rich),
 * safe markup, keyset cursors and slices, typed ids, secret tokens and the refusals that become
 * translated pages or problem documents. Nothing here knows the web, the database or another module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kernel")
package org.turath.shared;
