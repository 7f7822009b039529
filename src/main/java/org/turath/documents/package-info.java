/**
 * Documents: PDF drawing from Thymeleaf templates in three languages with embedded fonts ({@code PdfRenderer}) and QR codes ({@code QrCodes}) for certificates and dossiers. Owns no table.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package org.turath.documents;
