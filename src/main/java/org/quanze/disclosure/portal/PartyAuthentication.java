package org.quanze.disclosure.portal;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A party (or their lawyer) signed in to one case: the case number is all they hold. */
final class PartyAuthentication extends AbstractAuthenticationToken {

    static final String ROLE = "ROLE_PARTY";

    private final String caseNumber;

    PartyAuthentication(String caseNumber) {
        super(List.of(new SimpleGrantedAuthority(ROLE)));
        this.caseNumber = caseNumber;
        setAuthenticated(true);
    }

    String caseNumber() {
        return caseNumber;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return caseNumber;
    }
}
