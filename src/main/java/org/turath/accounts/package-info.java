/**
 * People who work in the portal: accounts, roles (scoped to member states for focal points),
 * sign-in, the audit log, and the security chain that applies the route rules every module declares.
 */
package org.turath.accounts;
