/**
 * Heritage at risk: condition and damage reports on heritage items, coded on UNESCO's list of factors affecting
 * properties and on the centre's vocabularies (data, versioned), verified before they are published; the public map,
 * list, figures and feed of items at risk, and each item's state of conservation.
 */
package org.turath.risk;
