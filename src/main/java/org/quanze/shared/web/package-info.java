/**
 * What every page shares, whatever its module: the success message after a redirect ({@link org.quanze.shared.web.Flash}),
 * breadcrumbs below the menu ({@link org.quanze.shared.web.Crumb}), form errors named by their label
 * ({@link org.quanze.shared.web.FormErrors}) and a date range checked once ({@link org.quanze.shared.web.DateRange}).
 * The layout ({@code templates/layout.html}) and {@code templates/fragments/form.html} render them.
 */
package org.quanze.shared.web;
