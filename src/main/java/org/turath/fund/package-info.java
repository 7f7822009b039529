/**
 * The Heritage Projects Support Fund: calls for proposals with weighted criteria, requests from member states (and the
 * emergency fast track for heritage at risk), the experts' scores with their reasons, ranking, decisions, tranches paid
 * against milestones, closure, and the funded projects in public.
 */
package org.turath.fund;
