/**
 * File storage: {@code FileStore} keeps uploaded and generated files on disk under {@code turath.files.directory}, written whole or not at all, named by content; {@code ImageSize} reads an image's size before decoding it; {@code Photographs} checks uploaded photographs by their content and keeps only the portal's own JPEG copies of them. Owns no table.
 */
@org.springframework.modulith.ApplicationModule(displayName = "File storage")
package org.turath.files;
