package org.quanze.disclosure.portal;

/**
 * A court's SMS platform. Platforms differ, so the HTTP one is configured by URL and body template
 * ({@code quanze.portal.sms.*}); the demo logs instead of sending. A thrown exception means "not delivered": the
 * sender tries again later.
 */
interface SmsGateway {

    void send(String phone, String text) throws Exception;
}
