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
 * Demo samverkansorganisationer over real kommuner in several län (one förbund in two), each with insatser over
 * several years (some ended) and four years of budgets with utfall (the current year in part), medel per
 * finansiär, eget kapital and co-financed insatser; the demo users samverkan and insats get uppdrag on the first.
 * Only when demo data is on; idempotent.
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
            // Älvkarleby (Uppsala län) beside Gävle: a förbund whose area touches two län.
            new Forbund("Samordningsförbundet Gävleborg", Finansieringsform.FINSAM, Set.of("2180", "2181", "0319")),
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
                long id = skapa(i, FORBUND.get(i), idag);
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

    private long skapa(int nr, Forbund f, LocalDate idag) {
        int iAr = idag.getYear();
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
            // The first two förbund's insatser stay open (tests and the demo users' uppdrag rely on them); the
            // others start in different years and some have ended (never a counts-only one, which tests use).
            int startAr = nr < 2 ? iAr - 3 + i % 2 : iAr - 4 + (nr + i) % 3;
            LocalDate startdatum = LocalDate.of(startAr, 1, 1).plusMonths(i);
            LocalDate slutdatum = null;
            if (nr >= 2 && i >= 1 && i % 4 != 3 && (nr + i) % 4 == 0) {
                slutdatum = (nr + i) % 8 == 0 ? LocalDate.of(iAr - 2, 6, 30) : LocalDate.of(iAr - 1, 12, 31);
            }
            Insats insats = insatser.save(new Insats(
                    org,
                    new InsatsUppgifter(
                            m.namn(),
                            "Demoinsats: " + m.namn().toLowerCase(),
                            startdatum,
                            slutdatum,
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
            int sistaAr = slutdatum == null ? iAr : slutdatum.getYear();
            for (int ar = Math.max(startAr, iAr - 3); ar <= sistaAr; ar++) {
                Insatsbudget b = new Insatsbudget(insats.getId(), ar);
                int skala = 100_000 * (1 + (nr + i + ar) % 5);
                double utfall = utfallsandel(ar, iAr, idag, nr + i);
                double summa = 4 * skala + skala / 2.0 + skala / 4.0;
                b.andra(new InsatsbudgetUppgifter(
                        ar,
                        m.inriktning() == Inriktning.INDIVIDINRIKTAD ? 10 + (nr + i) % 30 : 0,
                        kostnader(
                                utfall,
                                4 * skala,
                                4 * skala - 12_345,
                                skala / 2,
                                skala / 2,
                                skala / 4,
                                skala / 4 + 999.5),
                        medfinansiering(nr, i, summa, utfall)));
                insatsbudgetar.save(b);
            }
        }
        for (int ar = iAr - 3; ar <= iAr; ar++) {
            Samverkansbudget b = new Samverkansbudget(org.getId(), ar);
            int bas = 2_000_000 + 500_000 * (nr % 4);
            b.andra(new SamverkansbudgetUppgifter(
                    ar,
                    medel(f, bas),
                    kr(300_000 + 10_000 * nr + 25_000 * (iAr - ar)),
                    kostnader(
                            utfallsandel(ar, iAr, idag, nr), 900_000, 876_543.21, 120_000, 120_000, 80_000, 91_234.5)));
            samverkansbudgetar.save(b);
        }
        return org.getId();
    }

    /**
     * The year's medel per finansiär, 2 × {@code bas} in all: in Finsam the state (Försäkringskassan, paying also
     * for Arbetsförmedlingen) half, the region a quarter, the kommuner a quarter shared equally; in
     * tvåpartssamverkan the state and the region half each; in a handlingsplan Försäkringskassan and
     * Arbetsförmedlingen half each.
     */
    private List<FinansiarMedel> medel(Forbund f, int bas) {
        return switch (f.form()) {
            case FINSAM -> {
                List<FinansiarMedel> medel = new ArrayList<>();
                medel.add(new FinansiarMedel("Försäkringskassan", FinansiarTyp.FORSAKRINGSKASSAN, kr(bas)));
                medel.add(new FinansiarMedel(regionerna(f), FinansiarTyp.REGION, kr(bas / 2.0)));
                List<String> kommuner = new TreeSet<>(f.kommuner()).stream().toList();
                Map<String, String> namn =
                        geografi.allaKommuner().stream().collect(Collectors.toMap(KommunInfo::kod, KommunInfo::namn));
                BigDecimal andel = kr(Math.floor(bas / 2.0 / kommuner.size()));
                BigDecimal kvar = kr(bas / 2.0);
                for (int k = 0; k < kommuner.size(); k++) {
                    BigDecimal belopp = k == kommuner.size() - 1 ? kvar : andel;
                    kvar = kvar.subtract(belopp);
                    medel.add(new FinansiarMedel(
                            namn.getOrDefault(kommuner.get(k), kommuner.get(k)) + " kommun",
                            FinansiarTyp.KOMMUN,
                            belopp));
                }
                yield medel;
            }
            case TVAPARTSFINSAM ->
                List.of(
                        new FinansiarMedel("Försäkringskassan", FinansiarTyp.FORSAKRINGSKASSAN, kr(bas)),
                        new FinansiarMedel(regionerna(f), FinansiarTyp.REGION, kr(bas)));
            case HANDLINGSPLAN ->
                List.of(
                        new FinansiarMedel("Försäkringskassan", FinansiarTyp.FORSAKRINGSKASSAN, kr(bas)),
                        new FinansiarMedel("Arbetsförmedlingen", FinansiarTyp.ARBETSFORMEDLINGEN, kr(bas)));
        };
    }

    /** The region(s) of the förbund's area, as one financier's name. */
    private static String regionerna(Forbund f) {
        return f.kommuner().stream()
                .map(k -> REGIONER.getOrDefault(k.substring(0, 2), "Region " + k.substring(0, 2)))
                .distinct()
                .sorted()
                .collect(Collectors.joining(" och "));
    }

    /**
     * Other financiers of an insats year: the ESF-financed insats (the second of each förbund) gets about a third
     * of its budget from the ESF, and in every third förbund the third insats gets money from another authority.
     */
    private static List<Medfinansiering> medfinansiering(int nr, int i, double summa, double utfall) {
        List<Medfinansiering> lista = new ArrayList<>();
        if (i == 1) {
            double esf = Math.round(summa / 3);
            lista.add(new Medfinansiering("Europeiska socialfonden (ESF+)", kr(esf), kr(esf * utfall)));
        }
        if (i == 2 && nr % 3 == 0) {
            double lst = Math.round(summa / 10);
            lista.add(new Medfinansiering("Länsstyrelsen, § 37-medel", kr(lst), kr(lst * utfall * 0.9)));
        }
        return lista;
    }

    /**
     * How much of the year's budget has been spent: past years about all of it (between 92 and 104 %), the current
     * year the part of the year gone by, future years nothing.
     */
    private static double utfallsandel(int ar, int iAr, LocalDate idag, int variant) {
        if (ar < iAr) {
            return 0.92 + 0.03 * ((variant + ar) % 5);
        }
        if (ar == iAr) {
            return (idag.getDayOfYear() - 1) / (double) idag.lengthOfYear();
        }
        return 0;
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

    /** The year's budget amounts, and as utfall the given share of each. */
    private static Kostnader kostnader(
            double andel,
            double personalBudget,
            double personalUtfall,
            double lokalBudget,
            double lokalUtfall,
            double ovrigtBudget,
            double ovrigtUtfall) {
        return new Kostnader(
                kr(personalBudget),
                kr(andel * personalUtfall),
                kr(lokalBudget),
                kr(andel * lokalUtfall),
                kr(ovrigtBudget),
                kr(andel * ovrigtUtfall));
    }

    private static BigDecimal kr(double belopp) {
        return BigDecimal.valueOf(belopp).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
