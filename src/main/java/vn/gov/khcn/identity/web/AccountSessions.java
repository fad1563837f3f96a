package vn.gov.khcn.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.identity.UserAccounts;

/**
 * Ends a session whose account was disabled or given a new password since the user signed in: each request of a
 * signed-in user compares the session epoch its principal carries with the account's (one indexed lookup). The
 * state is in the database, so this holds whichever node serves the request and wherever sessions are kept.
 */
class AccountSessions extends OncePerRequestFilter {
    private final UserAccounts accounts;

    AccountSessions(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest r, HttpServletResponse s, FilterChain chain) throws ServletException, IOException {
        var account = CurrentUser.account(SecurityContextHolder.getContext().getAuthentication());
        if (account.isPresent() && !accounts.sessionStillValid(account.get().getUsername(), account.get().sessionEpoch())) {
            HttpSession session = r.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            // the rest of the chain sees an anonymous request: pages go to the login page, the API answers 401
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(r, s);
    }
}
