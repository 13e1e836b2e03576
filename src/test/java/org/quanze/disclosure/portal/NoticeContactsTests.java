package org.quanze.disclosure.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The case page lists recorded contacts partly masked: enough to recognise one, not to copy it. */
class NoticeContactsTests {

    @ParameterizedTest
    @CsvSource({
            "13812345678, 138****5678",
            "zheng7@example.com, z*****@example.com",
            "a@example.com, a*@example.com",
            "1234567, *******"})
    void anAddressIsShownMasked(String address, String shown) {
        assertThat(NoticeContacts.mask(address)).isEqualTo(shown);
    }
}
