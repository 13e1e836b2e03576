/** HTTP API of judgment publication. */
package org.quanze.disclosure.web;
