/**
 * Museums' collections: objects described on the Object ID standard, kept by each museum's curators and published by
 * the secretariat; their images tiled once and served over the IIIF Image API 3.0, with a IIIF Presentation 3.0 manifest
 * per object that any IIIF viewer opens; the public collection pages with a deep-zoom viewer.
 */
package org.turath.collections;
