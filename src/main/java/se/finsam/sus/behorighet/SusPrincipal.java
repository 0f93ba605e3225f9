package se.finsam.sus.behorighet;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import se.finsam.sus.base.InloggadAnvandare;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.Roller;

/** The logged-in user, as kept in the session. The password hash is erased after login. */
public final class SusPrincipal implements UserDetails, CredentialsContainer, InloggadAnvandare, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long anvandarId;
    private final String anvandarnamn;
    private final String visningsnamn;
    private final Set<Roll> roller;
    private final boolean aktiv;
    private final Instant lastTill;
    private final boolean kraverTvafaktor;
    private String losenordHash;

    SusPrincipal(Anvandare anvandare) {
        this.anvandarId = anvandare.getId();
        this.anvandarnamn = anvandare.getAnvandarnamn();
        this.visningsnamn = anvandare.getNamn();
        this.roller = Set.copyOf(anvandare.getRoller());
        this.aktiv = anvandare.isAktiv();
        this.lastTill = anvandare.getLastTill();
        this.losenordHash = anvandare.getLosenordHash();
        this.kraverTvafaktor = anvandare.kraverTvafaktor();
    }

    /** Whether login needs a one-time code after the password. */
    public boolean kraverTvafaktor() {
        return kraverTvafaktor;
    }

    /** Authorities after every login step: the roles, and {@link Roller#INLOGGAD}. */
    public List<GrantedAuthority> fullaBehorigheter() {
        List<GrantedAuthority> alla = new ArrayList<>(getAuthorities());
        alla.add(new SimpleGrantedAuthority(Roller.INLOGGAD));
        return alla;
    }

    @Override
    public long anvandarId() {
        return anvandarId;
    }

    @Override
    public String anvandarnamn() {
        return anvandarnamn;
    }

    @Override
    public String visningsnamn() {
        return visningsnamn;
    }

    @Override
    public Set<String> rollnamn() {
        return roller.stream().map(Roll::name).collect(Collectors.toUnmodifiableSet());
    }

    public Set<Roll> roller() {
        return roller;
    }

    /** Until when the account is locked after repeated failures, or null. */
    Instant lastTill() {
        return lastTill;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roller.stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
    }

    @Override
    public String getPassword() {
        return losenordHash;
    }

    @Override
    public String getUsername() {
        return anvandarnamn;
    }

    @Override
    public boolean isEnabled() {
        return aktiv;
    }

    @Override
    public void eraseCredentials() {
        losenordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SusPrincipal other && other.anvandarId == anvandarId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(anvandarId);
    }

    @Override
    public String toString() {
        return "SusPrincipal[" + anvandarnamn + "]";
    }

    /** The principal of the current request's logged-in user, if any (none for anonymous or system work). */
    public static Optional<SusPrincipal> aktuell() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof SusPrincipal p ? Optional.of(p) : Optional.empty();
    }
}
