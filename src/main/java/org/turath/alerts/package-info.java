/**
 * Stolen and missing cultural objects: alerts that describe an object in Object ID terms with its photographs, the
 * event (stolen, missing, looted from a site), the reporting institution and the police and INTERPOL references;
 * entered by curators and focal points, verified and published by the secretariat; "check an object", which compares a
 * visitor's description and photograph with the active alerts; the public pages, an Atom feed and {@code /api/v1/alerts}.
 */
package org.turath.alerts;
