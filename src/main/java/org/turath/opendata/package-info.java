/**
 * Open data for researchers and harvesters: the JSON API under {@code /api/v1}, documented with
 * OpenAPI, errors as RFC 9457 problem documents.
 */
package org.turath.opendata;
