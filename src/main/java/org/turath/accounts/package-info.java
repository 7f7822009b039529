/**
 * People who work in the portal: accounts, roles (scoped to member states for focal points),
 * sign-in, and the single table of which role may use which route.
 */
package org.turath.accounts;
