package se.finsam.sus.deltagare;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.finsam.sus.base.DemoDatabas;
import se.finsam.sus.base.Kryptering;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.SomSystem;
import se.finsam.sus.base.ValideringsException;
import se.finsam.sus.behorighet.UppdragAdministration;
import se.finsam.sus.organisation.Inriktning;
import se.finsam.sus.organisation.InsatsFakta;
import se.finsam.sus.organisation.InsatsUppslag;

/**
 * Demo participations, only with demo data and only into an empty table (idempotent): a few thousand across the
 * demo förbund's individual insatser, with clearly fake identity numbers (see {@link SyntetiskaDeltagare}), and
 * anonymous counts for every individinriktad insats. The demo user {@code handlaggare} gets deltagaransvarig
 * uppdrag on the individual insatser of the first demo förbund and on the first of the second. Runs after the
 * demo users (order 10) and organisations (order 20).
 */
@Component
@Order(30)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoDeltagare implements ApplicationRunner {

    static final String HANDLAGGARE = "handlaggare";
    /** Participations per individual insats: a few thousand in all. */
    static final int PER_INSATS = 130;

    private static final Logger log = LoggerFactory.getLogger(DemoDeltagare.class);

    private final DemoDatabas demo;
    private final Kryptering kryptering;
    private final InsatsUppslag insatser;
    private final UppdragAdministration uppdrag;
    private final Clock clock;

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.skaFyllas("select count(*) from deltagande")) {
            return;
        }
        long borjan = System.nanoTime();
        LocalDate idag = LocalDate.now(clock);
        List<InsatsFakta> alla = insatser.allaInsatser();
        List<InsatsFakta> individuella =
                alla.stream().filter(InsatsFakta::individuell).toList();
        if (individuella.isEmpty()) {
            return;
        }
        int antal = demo.tx().execute(s -> {
            SyntetiskaDeltagare generator = new SyntetiskaDeltagare(4711, idag);
            DeltagarSkrivare skrivare = new DeltagarSkrivare(demo.jdbc(), kryptering, HANDLAGGARE, clock.instant());
            List<SyntetiskaDeltagare.Rad> rader = new ArrayList<>();
            for (InsatsFakta insats : individuella) {
                List<String> kommuner =
                        insats.organisationensKommuner().stream().sorted().toList();
                for (int i = 0; i < PER_INSATS; i++) {
                    rader.add(generator.nasta(insats, kommuner));
                }
            }
            List<SyntetiskaDeltagare.Rad> sparade =
                    rader.stream().filter(r -> !r.samtyckeAterkallat()).toList();
            skrivare.skriv(sparade);
            skrivare.flyttaIdentitet();
            skrivare.summera();
            skrivAntal(alla, rader, idag);
            return sparade.size();
        });
        geUppdrag(alla, idag);
        log.info(
                "Demo participations created: {} in {} insatser, {} ms",
                antal,
                individuella.size(),
                (System.nanoTime() - borjan) / 1_000_000);
    }

    /**
     * Anonymous counts per insats and year: people without consent in individual insatser (a few), everyone in
     * count-only ones (more), plus the generated participations whose consent was withdrawn (counted, never
     * stored).
     */
    private void skrivAntal(List<InsatsFakta> alla, List<SyntetiskaDeltagare.Rad> rader, LocalDate idag) {
        Random slump = new Random(17);
        Map<Long, Map<Integer, KonsAntal>> antal = new HashMap<>();
        for (InsatsFakta insats : alla) {
            if (insats.inriktning() != Inriktning.INDIVIDINRIKTAD) {
                continue;
            }
            int skala = insats.individuell() ? 4 : 40;
            for (int ar = insats.startdatum().getYear(); ar <= idag.getYear(); ar++) {
                antal.computeIfAbsent(insats.id(), k -> new TreeMap<>())
                        .put(
                                ar,
                                new KonsAntal(
                                        slump.nextInt(skala + 1),
                                        slump.nextInt(skala + 1),
                                        slump.nextInt(skala / 4 + 1)));
            }
        }
        for (SyntetiskaDeltagare.Rad r : rader) {
            if (r.samtyckeAterkallat() && r.anledning() != Avslutsanledning.FELREGISTRERING) {
                Map<Integer, KonsAntal> perAr = antal.get(r.insatsId());
                int ar = r.startdatum().getYear();
                perAr.put(ar, perAr.get(ar).plus(r.profil().kon()));
            }
        }
        List<Object[]> poster = new ArrayList<>();
        antal.forEach((insats, perAr) ->
                perAr.forEach((ar, a) -> poster.add(new Object[] {insats, ar, a.kvinnor(), a.man(), a.ovriga()})));
        demo.jdbc()
                .batchUpdate(
                        "insert into deltagar_antal (version, insats_id, ar, kvinnor, man, ovriga) "
                                + "values (0, ?, ?, ?, ?, ?)",
                        poster);
    }

    /** Uppdrag are given through behörighet's public service, as a system administrator would. */
    private void geUppdrag(List<InsatsFakta> alla, LocalDate idag) {
        Map<Long, List<InsatsFakta>> perForbund = new LinkedHashMap<>();
        alla.stream()
                .filter(InsatsFakta::individuell)
                .sorted(Comparator.comparing(InsatsFakta::id))
                .forEach(i -> perForbund
                        .computeIfAbsent(i.organisationId(), k -> new ArrayList<>())
                        .add(i));
        List<List<InsatsFakta>> forbund = new ArrayList<>(perForbund.values());
        List<InsatsFakta> valda = new ArrayList<>(forbund.getFirst());
        if (forbund.size() > 1) {
            valda.add(forbund.get(1).getFirst());
        }
        try {
            SomSystem.somSystemadministrator(() -> {
                for (InsatsFakta insats : valda) {
                    uppdrag.geInsatsuppdrag(
                            HANDLAGGARE,
                            Roll.DELTAGARANSVARIG,
                            insats.id(),
                            idag.minusMonths(1),
                            idag.plusYears(2).minusDays(1),
                            null);
                }
            });
        } catch (ValideringsException e) {
            log.warn("Demo deltagaransvarig uppdrag not given: {}", e.getMessage());
        }
    }
}
