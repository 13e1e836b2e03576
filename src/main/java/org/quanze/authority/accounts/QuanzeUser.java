package org.quanze.authority.accounts;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A login: the account and the staff member it belongs to (none for the built-in administrator). */
public class QuanzeUser extends User {

    private final Long staffId;

    public QuanzeUser(String username, String passwordHash, Long staffId, boolean enabled, boolean nonLocked) {
        super(username, passwordHash, enabled, true, true, nonLocked,
                List.of(new SimpleGrantedAuthority(staffId == null ? "ROLE_ADMIN" : "ROLE_STAFF")));
        this.staffId = staffId;
    }

    public Long staffId() { return staffId; }
}
