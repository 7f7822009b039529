/**
 * Revision history: the Envers revision entity ({@code Revision}) and who made each revision ({@code RevisionAuthor}), for modules whose entities are audited. Owns table {@code revinfo}; the {@code *_aud} tables belong to the module whose entity is audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Revision history")
package org.turath.history;
