package org.quanze.authority;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.quanze.authority.accounts.QuanzeUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The signed-in person, read afresh once per request (so a change of post or quota takes effect at once) and kept
 * for the rest of that request.
 */
@Component
public class CurrentActor {

    private static final String ATTRIBUTE = CurrentActor.class.getName();

    private final ActorDirectory directory;
    private final Clock clock;

    CurrentActor(ActorDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /** The person, or empty outside an authenticated request (start-up, background jobs). */
    public Optional<Actor> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof QuanzeUser user)) return Optional.empty();
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Actor cached
                && cached.username().equals(user.getUsername())) {
            return Optional.of(cached);
        }
        Actor actor = resolve(user);
        if (request != null) request.setAttribute(ATTRIBUTE, actor, RequestAttributes.SCOPE_REQUEST);
        return Optional.of(actor);
    }

    public Actor get() {
        return find().orElseThrow(() -> new org.quanze.shared.DomainException(401, "auth.required", "请先登录"));
    }

    Actor resolve(QuanzeUser user) {
        if (user.staffId() == null) return Actor.administrator(user.getUsername());
        return directory.actorFor(user.getUsername(), user.staffId(), LocalDate.now(clock))
                .orElseThrow(() -> new org.quanze.shared.DomainException(403, "auth.no-staff",
                        "账号对应的人员不存在", user.getUsername()));
    }
}
