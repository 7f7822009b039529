/**
 * Exhibitions: virtual ones, curated pages of sections with their narrative and the objects and heritage items they show,
 * with a guided tour and a printable version; temporary and travelling ones with their venues and itinerary; their dates
 * in the calendar, a IIIF manifest per exhibition.
 */
package org.turath.exhibitions;
