/**
 * The Islamic World Heritage List: heritage items of every kind, their states, components,
 * criteria and dated status history, the public pages that show them and the bulk import.
 */
package org.turath.registry;
