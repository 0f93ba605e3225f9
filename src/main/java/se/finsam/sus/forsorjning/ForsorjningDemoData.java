package se.finsam.sus.forsorjning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.finsam.sus.base.DemoDatabas;
import se.finsam.sus.geografi.GeografiService;
import se.finsam.sus.geografi.KommunInfo;

/**
 * Demo data for the försörjningsmått, only when demo data is on, and only into empty tables (idempotent).
 * <p>
 * Payments and population are SYNTHETIC: generated for all 290 kommuner, 2010K1–2014K3, at 20–90 kr per inhabitant
 * 16–64 and day, with made-up populations. They are labelled as such in the import history. The only real figures
 * are SCB's helårsekvivalenter for riket 2021: 784 018 of 5 903 486 people aged 20–64 (13.3 %), stored as one total
 * (benefit code TOTALT) because the split per benefit is not part of the published check figure.
 */
@Component
@Order(50)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ForsorjningDemoData implements ApplicationRunner {

    static final String ETIKETT = "DEMODATA: syntetiska belopp och befolkningstal (påhittade, inte verkliga)";

    private static final Logger log = LoggerFactory.getLogger(ForsorjningDemoData.class);
    private static final Map<Forman, Double> ANDEL = Map.of(
            Forman.SJP,
            0.15,
            Forman.SA,
            0.33,
            Forman.AE,
            0.05,
            Forman.AKASSA,
            0.12,
            Forman.AKST,
            0.10,
            Forman.ETAB,
            0.03,
            Forman.EKB,
            0.15,
            Forman.EKB_FLYKT,
            0.05,
            Forman.INTRO,
            0.02);
    private static final Map<String, Integer> STORA =
            Map.of("0180", 600_000, "1480", 380_000, "1280", 220_000, "0380", 150_000);

    private final DemoDatabas demo;
    private final GeografiService geografi;
    private final Clock clock;

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.skaFyllas(
                "select count(*) from forsorjning_import where anvandare = 'demo'",
                "select count(*) from forsorjning_utbetalning")) {
            return;
        }
        long start = System.nanoTime();
        List<Object[]> befolkning = new ArrayList<>();
        List<Object[]> utbetalningar = new ArrayList<>();
        for (KommunInfo kommun : geografi.allaKommuner()) {
            Random slump = new Random(kommun.kod().hashCode());
            double bas = STORA.getOrDefault(kommun.kod(), (int)
                    Math.round(Math.exp(Math.log(1_500) + slump.nextDouble() * (Math.log(90_000) - Math.log(1_500)))));
            double[] perAr = new double[5];
            for (int i = 0; i < 5; i++) {
                perAr[i] = Math.round(bas * (1 + 0.01 * i * (slump.nextDouble() - 0.3)));
                befolkning.add(new Object[] {kommun.kod(), 2009 + i, (int) perAr[i]});
            }
            double niva = 25 + slump.nextDouble() * 55;
            for (Kvartal q = new Kvartal(2010, 1); q.compareTo(new Kvartal(2014, 3)) <= 0; q = q.nasta()) {
                double kvartalsniva = niva * (0.92 + slump.nextDouble() * 0.16);
                for (Forman f : Forman.values()) {
                    double andel = ANDEL.get(f);
                    if (f == Forman.ETAB && q.ar() < 2011 || f == Forman.INTRO && q.ar() > 2012) {
                        andel = 0;
                    }
                    double belopp = kvartalsniva * andel * perAr[q.ar() - 2010] * q.dagar();
                    utbetalningar.add(new Object[] {
                        kommun.kod(),
                        q.ar(),
                        q.nr(),
                        f.name(),
                        BigDecimal.valueOf(belopp).setScale(2, RoundingMode.HALF_UP)
                    });
                }
            }
        }
        demo.tx().executeWithoutResult(status -> {
            demo.jdbc()
                    .batchUpdate(
                            "insert into forsorjning_befolkning (omrade, ar, befolkning_16_64) values (?, ?, ?)",
                            befolkning);
            demo.jdbc()
                    .batchUpdate(
                            "insert into forsorjning_utbetalning (omrade, ar, kv, forman, belopp) values (?, ?, ?, ?, ?)",
                            utbetalningar);
            demo.jdbc()
                    .update("insert into forsorjning_helarsekvivalent (omrade, ar, forman, helarsekvivalenter,"
                            + " befolkning_20_64) values ('00', 2021, 'TOTALT', 784018, 5903486)");
            historik(Filtyp.BEFOLKNING, befolkning.size());
            historik(Filtyp.UTBETALNINGAR, utbetalningar.size());
            historik(Filtyp.HELARSEKVIVALENTER, 1);
        });
        log.info(
                "Försörjningsmått demo data loaded ({} synthetic payment rows) in {} ms",
                utbetalningar.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private void historik(Filtyp typ, long rader) {
        String namn = typ == Filtyp.HELARSEKVIVALENTER
                ? "SCB helårsekvivalenter riket 2021 (verkliga tal, endast summa)"
                : ETIKETT;
        demo.jdbc()
                .update(
                        "insert into forsorjning_import (tidpunkt, anvandare, filtyp, filnamn, checksumma, lyckad, "
                                + "antal_rader, antal_nya, antal_ersatta, antal_oforandrade, antal_fel) values (?, 'demo', ?, ?, ?, "
                                + "true, ?, ?, 0, 0, 0)",
                        Timestamp.from(clock.instant()),
                        typ.name(),
                        namn,
                        "0".repeat(64),
                        rader,
                        rader);
    }
}
