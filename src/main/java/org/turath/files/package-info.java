/**
 * File storage: {@code FileStore} keeps uploaded and generated files, written whole or not at all, under generated names, in a {@code Storage}: the disk under {@code turath.storage.dir} or an S3 bucket every node shares ({@code turath.storage.type}); {@code ImageSize} reads an image's size before decoding it; {@code Photographs} checks uploaded photographs by their content and keeps only the portal’s own JPEG copies of them; {@code CameraPlace} reads where a camera says a photograph was taken. Owns no table.
 */
@org.springframework.modulith.ApplicationModule(displayName = "File storage")
package org.turath.files;
