package org.turath.registry;

/**
 * An item of the List was created or changed; published inside the transaction that wrote it,
 * so listeners that keep a copy (the search index) commit or roll back with it.
 */
public record HeritageItemChanged(HeritageDetail item) {
}
