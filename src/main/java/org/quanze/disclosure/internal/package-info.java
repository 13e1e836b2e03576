/** Spring wiring of the disclosure module. */
package org.quanze.disclosure.internal;
