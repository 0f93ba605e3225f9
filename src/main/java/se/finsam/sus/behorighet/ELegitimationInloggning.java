package se.finsam.sus.behorighet;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.finsam.sus.audit.AuditAtgard;
import se.finsam.sus.audit.AuditHandelse;
import se.finsam.sus.audit.AuditService;
import se.finsam.sus.base.UtanBehorighetskontroll;
import se.finsam.sus.base.ValideringsException;

/**
 * Maps an identity verified by the e-legitimation provider to a SUS user: the personnummer claim's keyed hash
 * must match a user's stored link, and the user must be active and not locked. E-legitimation is strong
 * authentication only at a sufficient level of assurance: the ID token's {@code acr} claim must be one of
 * {@code sus.e-legitimation.godkanda-acr}, otherwise the login is refused (not downgraded to a password login).
 * Then the user gets their roles at once, without the one-time-code step. Every success and refusal
 * is audited; the personnummer is never stored, audited or logged.
 */
@Service
public class ELegitimationInloggning {

    /** The OAuth2 error code of a refusal by SUS (already audited here, unlike the provider's own errors). */
    static final String NEKAD = "sus_e_legitimation_nekad";

    /**
     * The claims tried in order: the Swedish OpenID Connect profile's (oidc.se, used in the Sweden Connect
     * federation) personnummer and samordningsnummer, then two older or provider-specific names.
     */
    static final String STANDARDCLAIMS = "https://id.oidc.se/claim/personalIdentityNumber,"
            + "https://id.oidc.se/claim/coordinationNumber,"
            + "http://sweden-connect.se/personalIdentityNumber,personal_identity_number";

    /**
     * The Sweden Connect authentication context URIs (levels of assurance) accepted by default: LoA 3 and 4 of
     * certified providers (e.g. BankID, Freja eID+) and LoA 3 of uncertified ones.
     */
    static final String STANDARD_ACR = "http://id.elegnamnden.se/loa/1.0/loa3,"
            + "http://id.elegnamnden.se/loa/1.0/loa4,"
            + "http://id.swedenconnect.se/loa/1.0/uncertified-loa3";

    /** Who the audit row names when no user could be identified. */
    static final String OKAND = "(e-legitimation)";

    private final AnvandareRepository anvandare;
    private final ELegitimationHash hash;
    private final AuditService audit;
    private final Clock clock;
    private final List<String> claims;
    private final Set<String> godkandaAcr;

    ELegitimationInloggning(
            AnvandareRepository anvandare,
            ELegitimationHash hash,
            AuditService audit,
            Clock clock,
            @Value("${sus.e-legitimation.personnummer-claim:" + STANDARDCLAIMS + "}") String[] claims,
            @Value("${sus.e-legitimation.godkanda-acr:" + STANDARD_ACR + "}") String[] godkandaAcr) {
        this.anvandare = anvandare;
        this.hash = hash;
        this.audit = audit;
        this.clock = clock;
        this.claims = Arrays.stream(claims)
                .map(String::strip)
                .filter(c -> !c.isEmpty())
                .toList();
        this.godkandaAcr = Arrays.stream(godkandaAcr)
                .map(String::strip)
                .filter(c -> !c.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The SUS user for the provider's identity, or an {@link OAuth2AuthenticationException} (audited) when there
     * is none, or they may not log in.
     */
    @Transactional
    @UtanBehorighetskontroll(
            varfor = "The login itself: called by Spring Security with the identity provider's "
                    + "verified identity, before anyone is logged in")
    public SusPrincipal inloggning(OidcUser identitet, String adress) {
        String personnummer;
        try {
            personnummer =
                    Personnummerkontroll.normalisera(personnummer(identitet).orElse(null));
        } catch (ValideringsException e) {
            throw neka(OKAND, adress, "inget giltigt personnummer i e-legitimationen");
        }
        Anvandare a = anvandare
                .findByElegitimationHash(hash.hash(personnummer))
                .orElseThrow(() -> neka(OKAND, adress, "ingen användare kopplad till e-legitimationen"));
        // From the signed ID token itself, not from the user-info answer.
        String acr =
                identitet.getIdToken() == null ? null : identitet.getIdToken().getAuthenticationContextClass();
        if (acr == null || !godkandaAcr.contains(acr)) {
            throw neka(
                    a.getAnvandarnamn(),
                    adress,
                    "e-legitimation: otillräcklig tillitsnivå (acr " + (acr == null ? "saknas" : acr) + ")");
        }
        if (!a.isAktiv()) {
            throw neka(a.getAnvandarnamn(), adress, "e-legitimation: kontot är inaktiverat");
        }
        if (a.arLast(clock.instant())) {
            throw neka(a.getAnvandarnamn(), adress, "e-legitimation: kontot är låst");
        }
        anvandare.nollstallForsok(a.getAnvandarnamn());
        anvandare.inloggad(a.getAnvandarnamn(), clock.instant());
        audit.registrera(AuditHandelse.av(a.getAnvandarnamn(), AuditAtgard.INLOGGNING_LYCKADES)
                .fran(adress)
                .med("e-legitimation"));
        SusPrincipal principal = new SusPrincipal(a);
        principal.eraseCredentials();
        return principal;
    }

    private Optional<String> personnummer(OidcUser identitet) {
        return claims.stream()
                .map(identitet::getClaimAsString)
                .filter(v -> v != null && !v.isBlank())
                .findFirst();
    }

    private OAuth2AuthenticationException neka(String vem, String adress, String varfor) {
        audit.registreraFristaende(AuditHandelse.av(vem, AuditAtgard.INLOGGNING_MISSLYCKADES)
                .fran(adress)
                .med(varfor));
        return new OAuth2AuthenticationException(new OAuth2Error(NEKAD), "e-legitimation refused");
    }
}
