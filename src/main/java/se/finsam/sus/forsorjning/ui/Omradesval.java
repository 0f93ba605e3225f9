package se.finsam.sus.forsorjning.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.io.Serializable;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.Roller;
import se.finsam.sus.behorighet.BehorighetService;
import se.finsam.sus.forsorjning.ForsorjningsmattService;
import se.finsam.sus.forsorjning.Niva;
import se.finsam.sus.forsorjning.Omrade;
import se.finsam.sus.forsorjning.ui.ForsorjningsmattView.Val;
import se.finsam.sus.geografi.GeografiService;

/** The dashboard's areas: the choices of the picker, names of member codes and the län an area is compared with. */
final class Omradesval implements Serializable {

    private final transient ForsorjningsmattService matt;
    private final transient GeografiService geografi;

    Omradesval(ForsorjningsmattService matt, GeografiService geografi) {
        this.matt = matt;
        this.geografi = geografi;
    }

    /** The choices of a level: kommuner by name with their code, län, förbund; none for riket. */
    List<Val> val(Niva n) {
        if (n == null) {
            return List.of();
        }
        return switch (n) {
            case KOMMUN ->
                geografi.allaKommuner().stream()
                        .map(k -> new Val(k.kod(), k.namn() + " (" + k.kod() + ")"))
                        .sorted(Comparator.comparing(Val::namn))
                        .toList();
            case LAN ->
                geografi.allaLan().stream().map(l -> new Val(l.kod(), l.namn())).toList();
            case FORBUND ->
                matt.allaForbund().stream().map(o -> new Val(o.kod(), o.namn())).toList();
            default -> List.of();
        };
    }

    /** A logged-in förbund user's own förbund, to start on. */
    Optional<Val> egetForbund(AuthenticationContext auth, BehorighetService behorighet) {
        if (!auth.hasAuthority(Roller.INLOGGAD)) {
            return Optional.empty();
        }
        Set<Long> egna = new HashSet<>();
        for (Roll roll : List.of(Roll.SAMVERKANSADMINISTRATOR, Roll.INSATSANSVARIG, Roll.RAPPORTLASARE)) {
            egna.addAll(behorighet.organisationerDar(roll));
        }
        return val(Niva.FORBUND).stream()
                .filter(v -> egna.contains(Long.valueOf(v.kod())))
                .findFirst();
    }

    /** The name of a kommun or stadsdel code, or the code itself. */
    String namn(String kod) {
        return geografi.kommun(kod)
                .map(k -> k.namn())
                .or(() -> geografi.stadsdel(kod).map(d -> d.namn()))
                .orElse(kod);
    }

    /** The län to compare with: the area's own, or for a förbund the län of its first member. */
    Optional<Omrade> jamforelseLan(Omrade valt) {
        if (valt.niva() == Niva.RIKET
                || valt.niva() == Niva.LAN
                || valt.medlemmar().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(matt.omrade("lan", valt.medlemmar().getFirst().substring(0, 2)));
    }
}
