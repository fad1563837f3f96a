package vn.gov.khcn.identity.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {
    private final ObjectProvider<ClientRegistrationRepository> oidc;

    LoginController(ObjectProvider<ClientRegistrationRepository> oidc) {
        this.oidc = oidc;
    }

    @GetMapping("/login")
    String login(@org.springframework.web.bind.annotation.RequestParam(required = false) String locked, Model model) {
        if (locked != null) {
            // only a number of seconds is shown: the query string is the client's to write
            long seconds = locked.matches("\\d{1,6}") ? Long.parseLong(locked) : 0;
            model.addAttribute("lockedFor", LoginThrottledException.shown(java.time.Duration.ofSeconds(seconds)));
        }
        List<ClientRegistration> providers = new ArrayList<>();
        if (oidc.getIfAvailable() instanceof Iterable<?> regs) {
            regs.forEach(r -> providers.add((ClientRegistration) r));
        }
        model.addAttribute("providers", providers);
        return "login";
    }
}
