/**
 * Scheduling: turns on {@code @Scheduled} and ShedLock so a job runs on one node at a time. Owns table {@code shedlock} (created, for history's sake, by migration V6).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scheduling")
package org.turath.scheduling;
