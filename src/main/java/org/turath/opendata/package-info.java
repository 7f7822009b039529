/**
 * Open data for researchers and harvesters: the JSON API under {@code /api/v1}, documented with OpenAPI, errors as
 * RFC 9457 problem documents; OAI-PMH 2.0 at {@code /oai} ({@code oai_dc} and Europeana's EDM) over its own copy of
 * every public record ({@code open_record}), written in the transaction of the change.
 */
package org.turath.opendata;
