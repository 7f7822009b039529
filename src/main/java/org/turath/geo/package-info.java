/**
 * Countries, member states and regions: ISO codes with names in Arabic, English and French, which
 * states are members (the OIC list stands in until the centre's own list is loaded), and the
 * offline base map's boundaries.
 */
package org.turath.geo;
