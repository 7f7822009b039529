/**
 * Page cache: visitors' pages kept whole and served before the rest of the chain runs; modules name what they let be kept ({@code CacheablePages}) and say when something changed ({@code PageCache#evictAll}). Owns no table.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Page cache")
package org.turath.pagecache;
