package se.finsam.sus.rapport;

import java.util.ArrayList;
import java.util.List;

/**
 * The tables of {@link Behovsgruppsrapport} for one year Y: without compare, the insatser (rows: all, each group,
 * any group; columns: Y and Y − 1 with shares, and the change) and the participants (rows: each group in Y, in
 * Y − 1 and the change; columns: kvinnor, män, övriga, total); compared, one row per unit (and a total row, each
 * insats once): the insatser, the participants in insatser for any group by kön, and those of Y beside Y − 1.
 */
final class BehovsgruppsTabeller {

    private static final int NAGON = Behovsgruppsrapport.GRUPPER.size() - 1;

    private BehovsgruppsTabeller() {}

    static List<Rapporttabell> enkla(Rapportfraga f, Behovsgruppsrapport.Ar ar, Behovsgruppsrapport.Ar fore) {
        String y = String.valueOf(ar.ar());
        String y1 = String.valueOf(fore.ar());
        Behovsgruppsrapport.Insatser i = ar.insatser(Rapportfraga.ALLA);
        Behovsgruppsrapport.Insatser i1 = fore.insatser(Rapportfraga.ALLA);
        List<Rad> insatsrader = new ArrayList<>();
        insatsrader.add(Rad.av(
                f.text("rapport.behovsgrupper.alla-insatser"),
                List.of(
                        Cell.antal(i.alla()),
                        Cell.text(""),
                        Cell.antal(i1.alla()),
                        Cell.text(""),
                        Cell.antal(i.alla() - i1.alla()))));
        for (int g = 0; g < Behovsgruppsrapport.GRUPPER.size(); g++) {
            insatsrader.add(Rad.av(
                    grupp(f, g),
                    List.of(
                            Cell.antal(i.grupp()[g]),
                            Cell.andel(i.grupp()[g], i.alla()),
                            Cell.antal(i1.grupp()[g]),
                            Cell.andel(i1.grupp()[g], i1.alla()),
                            Cell.antal(i.grupp()[g] - i1.grupp()[g]))));
        }
        Rapporttabell insatser = new Rapporttabell(
                f.text("rapport.behovsgrupper.insatser", y),
                f.text("rapport.behovsgrupper.insatser-rubrik"),
                List.of(
                        Kolumn.av(f.text("rapport.behovsgrupper.antal", y)),
                        Kolumn.av(f.text("rapport.behovsgrupper.andel", y)),
                        Kolumn.av(f.text("rapport.behovsgrupper.antal", y1)),
                        Kolumn.av(f.text("rapport.behovsgrupper.andel", y1)),
                        Kolumn.av(f.text("rapport.behovsgrupper.forandring"))),
                insatsrader,
                List.of(f.text("rapport.behovsgrupper.fotnot.insatser")),
                List.of(0, 2));

        Behovsgruppsrapport.Deltagare d = ar.deltagare(Rapportfraga.ALLA);
        Behovsgruppsrapport.Deltagare d1 = fore.deltagare(Rapportfraga.ALLA);
        List<Rad> deltagarrader = new ArrayList<>();
        for (int g = 0; g < Behovsgruppsrapport.GRUPPER.size(); g++) {
            int rad = deltagarrader.size();
            deltagarrader.add(Rad.av(f.text("rapport.behovsgrupper.grupp-ar", grupp(f, g), y), personer(d, g)));
            deltagarrader.add(Rad.av(f.text("rapport.behovsgrupper.grupp-ar", grupp(f, g), y1), personer(d1, g)));
            List<Cell> forandring = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                long nu = k < 3 ? d.antal()[g][k] : d.totalt(g);
                long da = k < 3 ? d1.antal()[g][k] : d1.totalt(g);
                forandring.add(Cell.forandring(nu - da, new Cell.Pos(rad, k), new Cell.Pos(rad + 1, k)));
            }
            deltagarrader.add(Rad.av(f.text("rapport.behovsgrupper.grupp-forandring", grupp(f, g)), forandring));
        }
        Rapporttabell deltagare = new Rapporttabell(
                f.text("rapport.behovsgrupper.deltagare", y),
                f.text("rapport.behovsgrupper.deltagare-rubrik"),
                konskolumner(f),
                deltagarrader,
                List.of(f.text("rapport.behovsgrupper.fotnot.deltagare")),
                List.of(0, 1, 2));
        return List.of(insatser, deltagare);
    }

    static List<Rapporttabell> jamforda(Rapportfraga f, Behovsgruppsrapport.Ar ar, Behovsgruppsrapport.Ar fore) {
        String y = String.valueOf(ar.ar());
        String y1 = String.valueOf(fore.ar());
        List<Rapportfraga.Jamforelseenhet> enheter = f.jamforelseenheter();
        List<String> nycklar = new ArrayList<>(
                enheter.stream().map(Rapportfraga.Jamforelseenhet::nyckel).toList());
        nycklar.add(Rapportfraga.ALLA);

        List<Rad> insatsrader = new ArrayList<>();
        List<Rad> konsrader = new ArrayList<>();
        List<Rad> arsrader = new ArrayList<>();
        for (int r = 0; r < nycklar.size(); r++) {
            String n = nycklar.get(r);
            Behovsgruppsrapport.Insatser i = ar.insatser(n);
            Behovsgruppsrapport.Insatser i1 = fore.insatser(n);
            List<Cell> ic = new ArrayList<>();
            ic.add(Cell.antal(i.alla()));
            for (long g : i.grupp()) {
                ic.add(Cell.antal(g));
            }
            ic.add(Cell.andel(i.grupp()[NAGON], i.alla()));
            ic.add(Cell.antal(i1.alla()));
            ic.add(Cell.antal(i1.grupp()[NAGON]));
            ic.add(Cell.andel(i1.grupp()[NAGON], i1.alla()));
            ic.add(Cell.antal(i.grupp()[NAGON] - i1.grupp()[NAGON]));

            Behovsgruppsrapport.Deltagare d = ar.deltagare(n);
            long nu = d.totalt(NAGON);
            long da = fore.deltagare(n).totalt(NAGON);
            List<Cell> ac = List.of(
                    Cell.personer(nu),
                    Cell.personer(da),
                    Cell.forandring(nu - da, new Cell.Pos(r, 0), new Cell.Pos(r, 1)));
            boolean totalt = n.equals(Rapportfraga.ALLA);
            String etikett =
                    totalt ? f.text("rapport.insatser.totalt") : enheter.get(r).namn();
            insatsrader.add(totalt ? Rad.summa(etikett, ic) : Rad.av(etikett, ic));
            konsrader.add(totalt ? Rad.summa(etikett, personer(d, NAGON)) : Rad.av(etikett, personer(d, NAGON)));
            arsrader.add(totalt ? Rad.summa(etikett, ac) : Rad.av(etikett, ac));
        }
        List<Kolumn> insatskolumner = new ArrayList<>();
        insatskolumner.add(Kolumn.av(f.text("rapport.behovsgrupper.alla-ar", y)));
        for (int g = 0; g < Behovsgruppsrapport.GRUPPER.size(); g++) {
            insatskolumner.add(Kolumn.av(f.text("rapport.behovsgrupper.grupp-ar", grupp(f, g), y)));
        }
        insatskolumner.add(Kolumn.av(f.text("rapport.behovsgrupper.andel-nagon", y)));
        insatskolumner.add(Kolumn.av(f.text("rapport.behovsgrupper.alla-ar", y1)));
        insatskolumner.add(Kolumn.av(f.text("rapport.behovsgrupper.grupp-ar", grupp(f, NAGON), y1)));
        insatskolumner.add(Kolumn.av(f.text("rapport.behovsgrupper.andel-nagon", y1)));
        insatskolumner.add(Kolumn.av(f.text("rapport.behovsgrupper.forandring-nagon")));
        String enhetsrubrik = f.text("rapport.behovsgrupper.enhet");
        List<String> fotnoter = List.of(f.text("rapport.insatser.fotnot.jamfor"));
        return List.of(
                new Rapporttabell(
                        f.text("rapport.behovsgrupper.insatser", y),
                        enhetsrubrik,
                        insatskolumner,
                        insatsrader,
                        fotnoter,
                        List.of(4, 8)),
                new Rapporttabell(
                        f.text("rapport.behovsgrupper.deltagare-nagon", y),
                        enhetsrubrik,
                        konskolumner(f),
                        konsrader,
                        List.of(f.text("rapport.behovsgrupper.fotnot.deltagare"), fotnoter.get(0)),
                        List.of(0, 1, 2)),
                new Rapporttabell(
                        f.text("rapport.behovsgrupper.deltagare-forandring", y),
                        enhetsrubrik,
                        List.of(
                                Kolumn.av(f.text("rapport.behovsgrupper.deltagare-ar", y)),
                                Kolumn.av(f.text("rapport.behovsgrupper.deltagare-ar", y1)),
                                Kolumn.av(f.text("rapport.behovsgrupper.forandring"))),
                        arsrader,
                        fotnoter,
                        List.of(0, 1)));
    }

    private static String grupp(Rapportfraga f, int g) {
        return f.text(Behovsgruppsrapport.GRUPPER.get(g)[1]);
    }

    private static List<Kolumn> konskolumner(Rapportfraga f) {
        return List.of(
                Kolumn.av(f.text("deltagare.vy.kvinnor")),
                Kolumn.av(f.text("deltagare.vy.man")),
                Kolumn.av(f.text("deltagare.vy.ovriga")),
                Kolumn.summa(f.text("deltagare.vy.totalt")));
    }

    private static List<Cell> personer(Behovsgruppsrapport.Deltagare d, int g) {
        return List.of(
                Cell.personer(d.antal()[g][0]),
                Cell.personer(d.antal()[g][1]),
                Cell.personer(d.antal()[g][2]),
                Cell.personer(d.totalt(g)));
    }
}
