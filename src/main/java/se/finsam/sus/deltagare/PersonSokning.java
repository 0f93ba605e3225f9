package se.finsam.sus.deltagare;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.finsam.sus.audit.AuditAtgard;
import se.finsam.sus.organisation.InsatsFakta;
import se.finsam.sus.organisation.InsatsUppslag;

/**
 * The search for one person across the insatser where the deltagaransvarig holds an uppdrag: the query is limited
 * to them, so participations elsewhere are never found. The search writes an audit row naming the participations
 * shown (never the identity number), so its transaction is read-write. A fixed number of queries however many
 * participations are found: the participations, their insatser, and the budgets of those insatser and years.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PersonSokning {

    /** How many participation ids a person search's audit row names (the column holds 500 characters). */
    private static final int MAX_IDN_I_AUDIT = 40;

    private final DeltagarRegister register;
    private final DeltagarAtkomst atkomst;
    private final InsatsUppslag insatser;
    private final DeltagarUppgifter uppgifter;

    /** All the person's participations in insatser where the user holds an uppdrag (audited as a search). */
    @PreAuthorize(DeltagarRegister.DELTAGARANSVARIG)
    public List<PersonDeltagande> forPerson(String identitetsnummer) {
        String hash = uppgifter.hash(identitetsnummer);
        List<DeltagandeRad> hittade =
                register.forPerson(hash).stream().map(uppgifter::rad).toList();
        Set<Long> insatsIds = hittade.stream().map(DeltagandeRad::insatsId).collect(Collectors.toSet());
        Map<Long, InsatsFakta> fakta =
                insatser.insatser(insatsIds).stream().collect(Collectors.toMap(InsatsFakta::id, i -> i));
        Map<Long, Map<Integer, BigDecimal>> kostnader = insatser.forbundetsKostnadPerDeltagare(
                insatsIds, hittade.stream().map(r -> r.startdatum().getYear()).collect(Collectors.toSet()));
        List<PersonDeltagande> rader = hittade.stream()
                .map(r -> personDeltagande(r, fakta.get(r.insatsId()), kostnader.getOrDefault(r.insatsId(), Map.of())))
                .toList();
        // The participations shown are named by id (never the number), so that the audit tells whose data was seen.
        String traffar = rader.stream()
                .limit(MAX_IDN_I_AUDIT)
                .map(r -> String.valueOf(r.id()))
                .collect(Collectors.joining(","));
        atkomst.logga(
                AuditAtgard.DELTAGANDE_SOKT,
                "Person",
                null,
                "personsokning traffar=" + rader.size()
                        + (rader.isEmpty()
                                ? ""
                                : " deltaganden=" + traffar + (rader.size() > MAX_IDN_I_AUDIT ? ",…" : "")));
        return rader;
    }

    private static PersonDeltagande personDeltagande(
            DeltagandeRad r, InsatsFakta insats, Map<Integer, BigDecimal> kostnadPerAr) {
        return new PersonDeltagande(
                r,
                insats.namn(),
                insats.organisationNamn(),
                insats.finansieringsform(),
                kostnadPerAr.get(r.startdatum().getYear()));
    }
}
