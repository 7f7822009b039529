/**
 * Capacity building: the centre's courses, workshops, webinars and activities, registrations with
 * capacity, waitlist and approval, attendance, certificates with a public verification page, the
 * calendar with its iCal feeds and the yearly observances.
 */
package org.turath.learning;
