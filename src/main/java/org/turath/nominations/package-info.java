/**
 * The nomination portal: member states' nomination files and their dossiers, the yearly cycle,
 * the secretariat's completeness check, the experts' evaluations, the Committee's sessions and
 * decisions. An inscription reaches the List only through {@link org.turath.nominations.NominationInscribed};
 * this module never touches the registry.
 */
package org.turath.nominations;
