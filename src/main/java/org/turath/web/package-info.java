/**
 * The portal's web layer: language-prefixed paths and the language resolver, the request guard before everything, translated error pages and problem documents, the page context every template reads, signed form stamps, one-time form submissions against double posts, cookies, downloads and the binding of forms and ids. Owns table {@code form_submission}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web layer")
package org.turath.web;
