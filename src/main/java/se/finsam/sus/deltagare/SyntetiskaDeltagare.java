package se.finsam.sus.deltagare;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import se.finsam.sus.base.Kon;
import se.finsam.sus.organisation.InsatsFakta;

/**
 * Made-up participations for demo data and benchmarks, with plausible before/after patterns: more lön and
 * studiemedel and less sjukpenning and ekonomiskt bistånd at exit, most often after exits to work or studies.
 * <p>
 * Identity numbers are CLEARLY FAKE: birth years 1960–2005 and individual numbers 980–999 (positions 9–11 of
 * the 12-digit form). That "98x/99x" series is the one Skatteverket uses for test personnummer, so no real person
 * has these numbers; the check digit is valid so that they pass the same rules as real ones.
 */
final class SyntetiskaDeltagare {

    /**
     * One generated participation; {@code samtyckeAterkallat}: its consent is withdrawn, so a caller keeps it only
     * in the anonymous counts and does not store the row.
     */
    record Rad(
            long insatsId,
            long organisationId,
            String siffror,
            boolean samordningsnummer,
            Deltagarprofil profil,
            Set<Behovsgrupp> behovsgrupper,
            LocalDate samtyckeDatum,
            Set<Myndighet> informationsutbyte,
            LocalDate startdatum,
            Forsorjning vidStart,
            LocalDate slutdatum,
            Avslutsanledning anledning,
            Forsorjning vidSlut,
            Boolean arbetssokandeSlut,
            boolean samtyckeAterkallat) {}

    private static final Myndighet[] UTBYTE = {
        Myndighet.FORSAKRINGSKASSAN, Myndighet.ARBETSFORMEDLINGEN, Myndighet.KOMMUN, Myndighet.REGION
    };
    private static final Myndighet[] REMISS = {
        Myndighet.FORSAKRINGSKASSAN,
        Myndighet.FORSAKRINGSKASSAN,
        Myndighet.FORSAKRINGSKASSAN,
        Myndighet.ARBETSFORMEDLINGEN,
        Myndighet.ARBETSFORMEDLINGEN,
        Myndighet.ARBETSFORMEDLINGEN,
        Myndighet.KOMMUN,
        Myndighet.KOMMUN,
        Myndighet.REGION,
        Myndighet.ANNAN
    };
    private static final Forsorjningskalla[] VID_START = {
        Forsorjningskalla.SJUKPENNING,
        Forsorjningskalla.SJUKPENNING,
        Forsorjningskalla.SJUKPENNING,
        Forsorjningskalla.EKONOMISKT_BISTAND,
        Forsorjningskalla.EKONOMISKT_BISTAND,
        Forsorjningskalla.EKONOMISKT_BISTAND,
        Forsorjningskalla.EKONOMISKT_BISTAND,
        Forsorjningskalla.AKTIVITETSSTOD,
        Forsorjningskalla.AKTIVITETSSTOD,
        Forsorjningskalla.AKASSA,
        Forsorjningskalla.AKTIVITETSERSATTNING,
        Forsorjningskalla.SJUKERSATTNING,
        Forsorjningskalla.ETABLERINGSERSATTNING,
        Forsorjningskalla.STUDIEMEDEL,
        Forsorjningskalla.LON,
        Forsorjningskalla.ANNAN,
        Forsorjningskalla.INGEN
    };
    private static final Avslutsanledning[] ANLEDNINGAR = {
        Avslutsanledning.ARBETE,
        Avslutsanledning.ARBETE,
        Avslutsanledning.ARBETE,
        Avslutsanledning.ARBETE,
        Avslutsanledning.STUDIER,
        Avslutsanledning.STUDIER,
        Avslutsanledning.ARBETSSOKANDE,
        Avslutsanledning.ARBETSSOKANDE,
        Avslutsanledning.ARBETSSOKANDE,
        Avslutsanledning.ANNAN_INSATS,
        Avslutsanledning.ANNAN_INSATS,
        Avslutsanledning.SJUKDOM,
        Avslutsanledning.SJUKDOM,
        Avslutsanledning.FLYTTAT,
        Avslutsanledning.AVBRUTIT,
        Avslutsanledning.AVBRUTIT,
        Avslutsanledning.ANNAT
    };

    private final Random slump;
    private final LocalDate idag;
    private final Set<String> anvanda = new HashSet<>();
    /** People who took part once so far, with the insats, so that a second participation is in another insats. */
    private final List<Object[]> tidigare = new ArrayList<>();

    SyntetiskaDeltagare(long fro, LocalDate idag) {
        this.slump = new Random(fro);
        this.idag = idag;
    }

    /** A participation in the insats, starting within its period and before today. */
    Rad nasta(InsatsFakta insats, List<String> kommuner) {
        LocalDate forsta = insats.startdatum();
        LocalDate sista = insats.slutdatum() == null || insats.slutdatum().isAfter(idag.minusDays(1))
                ? idag.minusDays(1)
                : insats.slutdatum();
        long dagar = Math.max(0, ChronoUnit.DAYS.between(forsta, sista));
        LocalDate start = forsta.plusDays(dagar == 0 ? 0 : slump.nextLong(dagar + 1));
        // One in ten is someone who already took part in another insats (the same person in several insatser).
        String siffror = null;
        if (!tidigare.isEmpty() && slump.nextInt(10) == 0) {
            int i = slump.nextInt(tidigare.size());
            Object[] forra = tidigare.get(i);
            if ((long) forra[1] != insats.id()) {
                siffror = (String) forra[0];
                tidigare.set(i, tidigare.getLast());
                tidigare.removeLast();
            }
        }
        if (siffror == null) {
            siffror = nyPerson();
            tidigare.add(new Object[] {siffror, insats.id()});
        }
        LocalDate fodd = LocalDate.of(
                Integer.parseInt(siffror.substring(0, 4)),
                Integer.parseInt(siffror.substring(4, 6)),
                Integer.parseInt(siffror.substring(6, 8)) % 60);
        boolean samordning = Integer.parseInt(siffror.substring(6, 8)) > 60;
        Kon kon = slump.nextInt(50) == 0 ? Kon.ANNAT : ((siffror.charAt(10) - '0') % 2 == 1 ? Kon.MAN : Kon.KVINNA);
        Aldersgrupp grupp = Aldersgrupp.vid(fodd, start);
        int alder = start.getYear() - fodd.getYear();
        Behovsgrupp behov = switch (slump.nextInt(10)) {
            case 0, 1, 2 -> Behovsgrupp.LANGTIDSSJUKSKRIVNA;
            case 3 -> alder < 30 ? Behovsgrupp.UNGA_FUNKTIONSNEDSATTNING : null;
            case 4 -> alder < 30 ? Behovsgrupp.UNGA_AKTIVITETSERSATTNING : null;
            default -> null;
        };
        Set<Myndighet> utbyte = EnumSet.noneOf(Myndighet.class);
        for (Myndighet m : UTBYTE) {
            if (slump.nextInt(4) != 0) {
                utbyte.add(m);
            }
        }
        Forsorjning vidStart = vidStart(behov);
        LocalDate slut = null;
        Avslutsanledning anledning = null;
        Forsorjning vidSlut = null;
        if (slump.nextInt(100) < 80) {
            LocalDate mojligt = start.plusDays(30 + slump.nextInt(420));
            if (!mojligt.isAfter(sista)) {
                slut = mojligt;
                anledning = slump.nextInt(60) == 0
                        ? Avslutsanledning.FELREGISTRERING
                        : ANLEDNINGAR[slump.nextInt(ANLEDNINGAR.length)];
                vidSlut = anledning == Avslutsanledning.FELREGISTRERING ? null : vidSlut(vidStart, anledning);
            }
        }
        boolean aterkallat = slump.nextInt(200) == 0;
        return new Rad(
                insats.id(),
                insats.organisationId(),
                siffror,
                samordning,
                new Deltagarprofil(
                        kon,
                        grupp,
                        kommuner.get(slump.nextInt(kommuner.size())),
                        null,
                        REMISS[slump.nextInt(REMISS.length)],
                        TidIUtanforskap.values()[slump.nextInt(TidIUtanforskap.values().length)],
                        false),
                behov == null ? Set.of() : Set.of(behov),
                start.minusDays(slump.nextInt(15)),
                utbyte,
                start,
                vidStart,
                slut,
                anledning,
                vidSlut,
                vidSlut == null ? null : false,
                aterkallat);
    }

    /**
     * Someone not generated before. The test series holds about 700,000 numbers for these birth years: beyond
     * that (benchmarks only) numbers repeat, as people in several insatser.
     */
    private String nyPerson() {
        String siffror;
        int forsok = 0;
        do {
            int ar = 1960 + slump.nextInt(46);
            LocalDate dag = LocalDate.of(ar, 1, 1).plusDays(slump.nextInt(365));
            int dagnummer = dag.getDayOfMonth() + (slump.nextInt(25) == 0 ? 60 : 0);
            siffror = personnummer(ar, dag.getMonthValue(), dagnummer, 980 + slump.nextInt(20));
        } while (!anvanda.add(siffror) && ++forsok < 20);
        return siffror;
    }

    /** A 12-digit number in the test series (individual number 980–999) with a valid check digit. */
    static String personnummer(int ar, int manad, int dag, int individnummer) {
        String nio = String.format("%02d%02d%02d%03d", ar % 100, manad, dag, individnummer);
        int summa = 0;
        for (int i = 0; i < nio.length(); i++) {
            int siffra = (nio.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            summa += siffra > 9 ? siffra - 9 : siffra;
        }
        return String.format("%04d", ar).substring(0, 2) + nio + (10 - summa % 10) % 10;
    }

    private Forsorjning vidStart(Behovsgrupp behov) {
        Set<Forsorjningskalla> kallor = EnumSet.noneOf(Forsorjningskalla.class);
        if (behov == Behovsgrupp.LANGTIDSSJUKSKRIVNA) {
            kallor.add(Forsorjningskalla.SJUKPENNING);
        } else if (behov == Behovsgrupp.UNGA_AKTIVITETSERSATTNING) {
            kallor.add(Forsorjningskalla.AKTIVITETSERSATTNING);
        }
        int antal = kallor.isEmpty() ? 1 + (slump.nextInt(4) == 0 ? 1 : 0) : slump.nextInt(3) == 0 ? 1 : 0;
        for (int i = 0; i < antal; i++) {
            Forsorjningskalla k = VID_START[slump.nextInt(VID_START.length)];
            if (k != Forsorjningskalla.INGEN || kallor.isEmpty()) {
                kallor.add(k);
            }
            if (kallor.contains(Forsorjningskalla.INGEN)) {
                break;
            }
        }
        if (kallor.isEmpty()) {
            kallor.add(Forsorjningskalla.EKONOMISKT_BISTAND);
        }
        int medStod = slump.nextInt(6) == 0 ? 5 + slump.nextInt(16) : 0;
        return new Forsorjning(kallor, medStod, slump.nextInt(12) == 0 ? 4 + slump.nextInt(12) : 0, 0, 0);
    }

    private Forsorjning vidSlut(Forsorjning start, Avslutsanledning anledning) {
        Set<Forsorjningskalla> kallor = EnumSet.noneOf(Forsorjningskalla.class);
        int medStod = 0;
        int utanStod = 0;
        int studier = 0;
        switch (anledning) {
            case ARBETE -> {
                kallor.add(Forsorjningskalla.LON);
                if (slump.nextInt(3) == 0) {
                    medStod = 20 + slump.nextInt(21);
                } else {
                    utanStod = 20 + slump.nextInt(21);
                }
            }
            case STUDIER -> {
                kallor.add(Forsorjningskalla.STUDIEMEDEL);
                studier = 20 + slump.nextInt(21);
            }
            case ARBETSSOKANDE ->
                kallor.add(slump.nextBoolean() ? Forsorjningskalla.AKTIVITETSSTOD : Forsorjningskalla.AKASSA);
            default -> {
                for (Forsorjningskalla k : start.kallor()) {
                    boolean minskar = k == Forsorjningskalla.SJUKPENNING || k == Forsorjningskalla.EKONOMISKT_BISTAND;
                    if (!minskar || slump.nextInt(10) < 7) {
                        kallor.add(k);
                    }
                }
                medStod = start.timmarArbeteMedStod();
            }
        }
        // Some keep part of their earlier support next to the new one.
        if (anledning == Avslutsanledning.ARBETE
                && slump.nextInt(5) == 0
                && start.kallor().contains(Forsorjningskalla.SJUKPENNING)) {
            kallor.add(Forsorjningskalla.SJUKPENNING);
        }
        if (kallor.isEmpty()) {
            kallor.add(slump.nextInt(3) == 0 ? Forsorjningskalla.INGEN : Forsorjningskalla.ANNAN);
        }
        return new Forsorjning(kallor, medStod, utanStod, studier, 0);
    }
}
