/**
 * What every module shares: the portal's languages and three-language text, keyset cursors,
 * the errors that become translated pages or problem documents, and the language-prefixed web layer.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.turath.shared;
