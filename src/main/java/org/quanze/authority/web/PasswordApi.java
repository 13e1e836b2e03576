package org.quanze.authority.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import org.quanze.authority.Accounts;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/me/password} with {@code currentPassword} and {@code newPassword}: 204, or 422 naming the field
 * (current password wrong, new one against the {@link org.quanze.authority.PasswordPolicy}); on the trail.
 */
@RestController
@Tag(name = "登录 Accounts")
class PasswordApi {

    private final Accounts accounts;

    PasswordApi(Accounts accounts) {
        this.accounts = accounts;
    }

    record PasswordChange(String currentPassword, String newPassword) {}

    @PostMapping("/api/v1/me/password")
    ResponseEntity<Void> change(@RequestBody PasswordChange change, Principal me) {
        accounts.changePassword(me.getName(), change.currentPassword(), change.newPassword());
        return ResponseEntity.noContent().build();
    }
}
