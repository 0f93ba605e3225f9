package se.finsam.sus.organisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.finsam.sus.base.DemoDataSettings;
import se.finsam.sus.base.Luhn;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.SomSystem;
import se.finsam.sus.base.ValideringsException;
import se.finsam.sus.behorighet.UppdragAdministration;
import se.finsam.sus.geografi.GeografiService;
import se.finsam.sus.geografi.KommunInfo;

/**
 * Demo samverkansorganisationer over real kommuner in several län, each with insatser and three years of
 * budgets; the demo users samverkan and insats get uppdrag on the first. Only when demo data is on; idempotent.
 */
@Component
@Order(20)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoOrganisationer implements ApplicationRunner {

    /** The first demo förbund's organisation number (also used by tests). */
    static final String FORSTA_ORGNR = orgnr(0);

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisationer.class);

    private record Forbund(String namn, Finansieringsform form, Set<String> kommuner) {}

    private static final List<Forbund> FORBUND = List.of(
            new Forbund(
                    "Samordningsförbundet Norra Stockholm", Finansieringsform.FINSAM, Set.of("0114", "0115", "0120")),
            new Forbund("Samordningsförbundet Uppsala län", Finansieringsform.FINSAM, Set.of("0380", "0381", "0382")),
            new Forbund("Samordningsförbundet Centrala Östergötland", Finansieringsform.FINSAM, Set.of("0580")),
            new Forbund("Samordningsförbundet Malmö", Finansieringsform.FINSAM, Set.of("1280")),
            new Forbund(
                    "Samordningsförbundet Skåne Nordväst",
                    Finansieringsform.FINSAM,
                    Set.of("1214", "1283", "1284", "1292")),
            new Forbund("Samordningsförbundet Göteborg", Finansieringsform.FINSAM, Set.of("1480", "1401")),
            new Forbund("Samordningsförbundet Halland", Finansieringsform.FINSAM, Set.of("1380", "1384")),
            new Forbund("Samordningsförbundet Gävleborg", Finansieringsform.FINSAM, Set.of("2180", "2181")),
            new Forbund(
                    "Tvåpartssamverkan Umeåregionen",
                    Finansieringsform.TVAPARTSFINSAM,
                    Set.of("2480", "2401", "2403", "2460")),
            new Forbund("Handlingsplan Luleå", Finansieringsform.HANDLINGSPLAN, Set.of("2580")));

    private record Mall(
            String namn,
            Inriktning inriktning,
            PreciseradInriktning preciserad,
            Set<Malgrupp> malgrupper,
            boolean prioriterad) {}

    private static final List<Mall> MALLAR = List.of(
            new Mall(
                    "Steget vidare",
                    Inriktning.INDIVIDINRIKTAD,
                    PreciseradInriktning.REHABILITERING_TILL_ARBETE_STUDIER,
                    Set.of(Malgrupp.ALLA),
                    true),
            new Mall(
                    "Unga in",
                    Inriktning.INDIVIDINRIKTAD,
                    PreciseradInriktning.FORBEREDANDE,
                    Set.of(Malgrupp.UNGA_VUXNA),
                    true),
            new Mall(
                    "Kartläggning och vägledning",
                    Inriktning.INDIVIDINRIKTAD,
                    PreciseradInriktning.KARTLAGGNING_AV_BEHOV,
                    Set.of(Malgrupp.ALLA),
                    false),
            new Mall(
                    "Tidiga insatser",
                    Inriktning.INDIVIDINRIKTAD,
                    PreciseradInriktning.FOREBYGGANDE,
                    Set.of(Malgrupp.PERSONER_MED_FUNKTIONSNEDSATTNING),
                    true),
            new Mall(
                    "Behovsinventering",
                    Inriktning.STRUKTUROVERGRIPANDE,
                    PreciseradInriktning.INVENTERING_AV_BEHOV,
                    Set.of(Malgrupp.SAMHALLET_I_OVRIGT),
                    false),
            new Mall(
                    "Utbildningsdagar för personal",
                    Inriktning.STRUKTUROVERGRIPANDE,
                    PreciseradInriktning.UTBILDNING_KONFERENS,
                    Set.of(Malgrupp.PERSONAL),
                    false),
            new Mall(
                    "Strategisk samverkan",
                    Inriktning.STRUKTUROVERGRIPANDE,
                    PreciseradInriktning.STRATEGISKT_UTVECKLINGSARBETE,
                    Set.of(Malgrupp.ALLA),
                    false),
            new Mall(
                    "Arbetsträning i kommunal regi",
                    Inriktning.INDIVIDINRIKTAD,
                    PreciseradInriktning.REHABILITERING_TILL_ARBETE_STUDIER,
                    Set.of(Malgrupp.UTRIKES_FODDA),
                    false));

    private final DemoDataSettings settings;
    private final SamverkansorganisationRepository organisationer;
    private final InsatsRepository insatser;
    private final InsatsbudgetRepository insatsbudgetar;
    private final SamverkansbudgetRepository samverkansbudgetar;
    private final UppdragAdministration uppdrag;
    private final TransactionTemplate transaktion;
    private final GeografiService geografi;

    /** The region of each län the demo förbund lie in. */
    private static final Map<String, String> REGIONER = Map.of(
            "01",
            "Region Stockholm",
            "03",
            "Region Uppsala",
            "05",
            "Region Östergötland",
            "12",
            "Region Skåne",
            "13",
            "Region Halland",
            "14",
            "Västra Götalandsregionen",
            "21",
            "Region Gävleborg",
            "24",
            "Region Västerbotten",
            "25",
            "Region Norrbotten");

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.isEnabled()) {
            return;
        }
        if (organisationer.existsByOrganisationsnummer(FORSTA_ORGNR)) {
            transaktion.executeWithoutResult(s -> kompletteraIngaende());
            return;
        }
        LocalDate idag = LocalDate.now();
        int iAr = idag.getYear();
        long forsta = transaktion.execute(s -> {
            long forstaId = 0;
            for (int i = 0; i < FORBUND.size(); i++) {
                long id = skapa(i, FORBUND.get(i), iAr);
                if (i == 0) {
                    forstaId = id;
                }
            }
            return forstaId;
        });
        // Uppdrag are given through behörighet's public service, as a system administrator would.
        LocalDate slut = idag.plusYears(2).minusDays(1);
        try {
            SomSystem.somSystemadministrator(() -> {
                uppdrag.geOrganisationsuppdrag(
                        "samverkan", Roll.SAMVERKANSADMINISTRATOR, forsta, idag.minusMonths(1), slut, null);
                uppdrag.geOrganisationsuppdrag("insats", Roll.INSATSANSVARIG, forsta, idag.minusMonths(1), slut, null);
            });
        } catch (ValideringsException e) {
            log.warn("Demo uppdrag not given: {}", e.getMessage());
        }
        log.info("Demo samverkansorganisationer created");
    }

    private long skapa(int nr, Forbund f, int iAr) {
        LocalDate start = LocalDate.of(2005 + nr, 1, 1);
        Samverkansorganisation org = organisationer.save(new Samverkansorganisation(new OrganisationUppgifter(
                f.namn(),
                orgnr(nr),
                f.form(),
                start,
                null,
                "Finansiell samordning av rehabiliteringsinsatser i " + f.namn().replace("Samordningsförbundet ", "")
                        + ".",
                "Storgatan " + (nr + 1) + ", Box " + (100 + nr),
                "Förbundschef " + (nr + 1),
                f.kommuner(),
                Set.of())));
        org.andraIngaende(ingaende(org));
        int antal = 3 + (nr * 3) % 6;
        for (int i = 0; i < antal; i++) {
            Mall m = MALLAR.get((nr + i) % MALLAR.size());
            Insats insats = insatser.save(new Insats(
                    org,
                    new InsatsUppgifter(
                            m.namn(),
                            "Demoinsats: " + m.namn().toLowerCase(),
                            LocalDate.of(iAr - 2, 1, 1).plusMonths(i),
                            null,
                            m.inriktning(),
                            m.preciserad(),
                            m.malgrupper(),
                            m.prioriterad(),
                            m.prioriterad() && i % 2 == 0,
                            m.prioriterad() && i % 3 == 0,
                            m.inriktning() == Inriktning.INDIVIDINRIKTAD && i % 4 != 3
                                    ? Uppfoljningsmetod.INDIVID
                                    : Uppfoljningsmetod.ENDAST_ANTAL,
                            i == 1)));
            for (int ar = iAr - 2; ar <= iAr; ar++) {
                Insatsbudget b = new Insatsbudget(insats.getId(), ar);
                int skala = 100_000 * (1 + (nr + i + ar) % 5);
                boolean avslutat = ar < iAr;
                b.andra(new InsatsbudgetUppgifter(
                        ar,
                        m.inriktning() == Inriktning.INDIVIDINRIKTAD ? 10 + (nr + i) % 30 : 0,
                        kostnader(
                                avslutat,
                                4 * skala,
                                4 * skala - 12_345,
                                skala / 2,
                                skala / 2,
                                skala / 4,
                                skala / 4 + 999.5),
                        i == 1 ? kr(skala) : kr(0)));
                insatsbudgetar.save(b);
            }
        }
        for (int ar = iAr - 2; ar <= iAr; ar++) {
            Samverkansbudget b = new Samverkansbudget(org.getId(), ar);
            int bas = 2_000_000 + 500_000 * (nr % 4);
            boolean avslutat = ar < iAr;
            b.andra(new SamverkansbudgetUppgifter(
                    ar,
                    List.of(
                            new FinansiarMedel("Försäkringskassan", FinansiarTyp.FORSAKRINGSKASSAN, kr(bas)),
                            new FinansiarMedel("Region", FinansiarTyp.REGION, kr(bas / 2)),
                            new FinansiarMedel("Kommunerna", FinansiarTyp.KOMMUN, kr(bas / 2))),
                    kr(300_000 + 10_000 * nr),
                    kostnader(avslutat, 900_000, 876_543.21, 120_000, 120_000, 80_000, 91_234.5)));
            samverkansbudgetar.save(b);
        }
        return org.getId();
    }

    /** Gives ingående organisationer to demo förbund created before they existed. */
    private void kompletteraIngaende() {
        for (int i = 0; i < FORBUND.size(); i++) {
            String nummer = orgnr(i);
            organisationer.findAll((root, q, cb) -> cb.equal(root.get("organisationsnummer"), nummer)).stream()
                    .filter(o -> o.ingaende().isEmpty())
                    .forEach(o -> o.andraIngaende(ingaende(o)));
        }
    }

    /**
     * FK, AF, the covered kommuner and their region(s). FK, kommuner and region finance a Finsam förbund; in
     * tvåpartssamverkan only FK and the region finance it; in a handlingsplan FK and AF.
     */
    private List<IngaendeOrganisation> ingaende(Samverkansorganisation org) {
        Finansieringsform form = org.getFinansieringsform();
        Map<String, KommunInfo> kommuner =
                geografi.allaKommuner().stream().collect(Collectors.toMap(KommunInfo::kod, k -> k));
        List<IngaendeOrganisation> lista = new ArrayList<>();
        lista.add(IngaendeOrganisation.forsakringskassan(IngaendeRoll.FINANSIAR));
        lista.add(IngaendeOrganisation.arbetsformedlingen(
                form == Finansieringsform.HANDLINGSPLAN ? IngaendeRoll.FINANSIAR : IngaendeRoll.DELTAGANDE));
        IngaendeRoll kommunRoll = form == Finansieringsform.FINSAM ? IngaendeRoll.FINANSIAR : IngaendeRoll.DELTAGANDE;
        Set<String> lan = new TreeSet<>();
        for (String kod : new TreeSet<>(org.getKommunKoder())) {
            KommunInfo k = kommuner.get(kod);
            lista.add(new IngaendeOrganisation(IngaendeTyp.KOMMUN, kod, k == null ? kod : k.namn(), kommunRoll));
            lan.add(kod.substring(0, 2));
        }
        IngaendeRoll regionRoll =
                form == Finansieringsform.HANDLINGSPLAN ? IngaendeRoll.DELTAGANDE : IngaendeRoll.FINANSIAR;
        lan.stream()
                .map(l -> REGIONER.getOrDefault(l, "Region " + l))
                .distinct()
                .forEach(r -> lista.add(IngaendeOrganisation.region(r, regionRoll)));
        return lista;
    }

    /** A valid organisation number in the kommunalförbund series 222000-NNNC. */
    static String orgnr(int nr) {
        String nio = "222000" + String.format("%03d", 100 + nr);
        return nio + Luhn.kontrollsiffra(nio);
    }

    /** The year's amounts; a year not yet ended has no utfall. */
    private static Kostnader kostnader(
            boolean avslutat,
            double personalBudget,
            double personalUtfall,
            double lokalBudget,
            double lokalUtfall,
            double ovrigtBudget,
            double ovrigtUtfall) {
        double u = avslutat ? 1 : 0;
        return new Kostnader(
                kr(personalBudget),
                kr(u * personalUtfall),
                kr(lokalBudget),
                kr(u * lokalUtfall),
                kr(ovrigtBudget),
                kr(u * ovrigtUtfall));
    }

    private static BigDecimal kr(double belopp) {
        return BigDecimal.valueOf(belopp).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
