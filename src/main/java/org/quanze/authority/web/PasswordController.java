package org.quanze.authority.web;

import java.security.Principal;
import org.quanze.authority.Accounts;
import org.quanze.authority.MenuEntry;
import org.quanze.authority.PasswordPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Changing one's own password as a page ({@code /account/password}; the API is {@link PasswordApi}): the current
 * password is required, the new one must pass the {@link PasswordPolicy}; the change is on the trail.
 */
@Controller
class PasswordController {

    private final Accounts accounts;

    PasswordController(Accounts accounts) {
        this.accounts = accounts;
    }

    @Bean
    static MenuEntry passwordMenu() {
        return new MenuEntry(98, "password.title", "/account/password", null);
    }

    @GetMapping("/account/password")
    String page(Model model) {
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "authority/password";
    }

    @PostMapping("/account/password")
    String changeFromPage(@RequestParam String currentPassword, @RequestParam String newPassword, Principal me) {
        accounts.changePassword(me.getName(), currentPassword, newPassword);
        return "redirect:/account/password?changed";
    }
}
