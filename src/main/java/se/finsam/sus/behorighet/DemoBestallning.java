package se.finsam.sus.behorighet;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.finsam.sus.base.DemoDataSettings;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.SomSystem;
import se.finsam.sus.base.ValideringsException;

/**
 * One waiting demo beställning (demo data only): the demo insatsansvarig asks that Arbetsförmedlingen's
 * {@code formedlare} become deltagaransvarig in an insats of the demo insatsansvarig's förbund, so that the demo
 * behörighetsadministratör ({@code behorighet}) finds it in the queue. Runs after the demo organisations and
 * participants (their uppdrag name the insats); once.
 */
@Component
@Order(40)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoBestallning implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoBestallning.class);

    private final DemoDataSettings settings;
    private final AnvandareRepository anvandare;
    private final UppdragRepository uppdrag;
    private final BestallningRepository bestallningar;
    private final InsatsOrganisation insatsOrganisation;
    private final Bestallningar tjanst;

    @Override
    public void run(ApplicationArguments args) {
        if (settings.isEnabled()) {
            SomSystem.somSystemadministrator(this::skapa);
        }
    }

    private void skapa() {
        Optional<Anvandare> formedlare = anvandare.findByAnvandarnamn(DemoAnvandare.ARBETSFORMEDLARE);
        Optional<Anvandare> insats = anvandare.findByAnvandarnamn("insats");
        if (formedlare.isEmpty()
                || insats.isEmpty()
                || bestallningar.existsByAnvandareId(formedlare.get().getId())) {
            return;
        }
        LocalDate idag = LocalDate.now();
        // An insats of the förbund where the demo insatsansvarig holds an uppdrag: one the demo handläggare has.
        Optional<Long> forbund = uppdrag.aktivaFor(insats.get().getId(), idag).stream()
                .map(Uppdrag::info)
                .filter(u -> u.roll() == Roll.INSATSANSVARIG && u.omfattning() == Omfattning.ORGANISATION)
                .map(UppdragInfo::organisationId)
                .findFirst();
        Optional<Long> insatsId = anvandare
                .findByAnvandarnamn("handlaggare")
                .map(h -> uppdrag.aktivaFor(h.getId(), idag))
                .orElse(java.util.List.of())
                .stream()
                .map(Uppdrag::info)
                .filter(u -> u.omfattning() == Omfattning.INSATS)
                .map(UppdragInfo::insatsId)
                .filter(i -> forbund.isPresent()
                        && Objects.equals(insatsOrganisation.organisationFor(i).orElse(null), forbund.get()))
                .min(Comparator.naturalOrder());
        if (insatsId.isEmpty()) {
            log.warn("Demo beställning not made: no insats of the demo insatsansvarig's förbund");
            return;
        }
        try {
            tjanst.bestallSomDemo(
                    new NyBestallning(
                            DemoAnvandare.ARBETSFORMEDLARE,
                            Roll.DELTAGARANSVARIG,
                            Omfattning.INSATS,
                            insatsId.get(),
                            idag,
                            idag.plusYears(1)),
                    "insats");
        } catch (ValideringsException e) {
            log.warn("Demo beställning not made: {}", e.getMessage());
        }
    }
}
