/**
 * The centre's library and news: publications (guides, reports, proceedings, training material)
 * with their PDF, its text for full-text search, a first-page thumbnail and download counts; news
 * articles in three languages with scheduled publication and Atom feeds.
 */
package org.turath.library;
