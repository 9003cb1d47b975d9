/**
 * The shape every staff action has: one core method that takes the acting {@code StaffMember} and typed values,
 * decides (who may act on what, every limit and rule), writes its audit rows in the same transaction and answers a
 * {@link uk.frontdoor.core.action.Result}. Web controllers only bind the form, call it and map the result to a page.
 */
package uk.frontdoor.core.action;
