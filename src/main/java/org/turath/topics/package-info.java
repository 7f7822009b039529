/**
 * Topics: the controlled vocabulary of the subjects trainings, publications and news are about, with labels in three
 * languages, kept as data (table {@code topic}, seeded by migration; a topic is retired, never deleted). Editors pick
 * topics from it, never type them; records keep the codes. Owns table {@code topic}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Topics")
package org.turath.topics;
