package se.finsam.sus.forsorjning;

import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.finsam.sus.geografi.GeografiService;
import se.finsam.sus.geografi.KommunInfo;

/** Finds the area of an API level and code: kommun, stadsdel and län from geografi, förbund from the katalog. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class Omradesuppslag {

    private final GeografiService geografi;
    private final ForbundKatalog forbund;

    List<Omrade> allaForbund() {
        return forbund.allaForbund();
    }

    /** The area for an API level and code; throws {@link OgiltigFragaException} when either is unknown. */
    Omrade omrade(String niva, String kod) {
        Niva n = Niva.franApi(niva == null ? "" : niva.strip())
                .orElseThrow(() -> new OgiltigFragaException("okänd nivå '" + (niva == null ? "" : niva)
                        + "' (giltiga: kommun, stadsdel, forbund, lan, riket)"));
        if (n == Niva.RIKET) {
            return new Omrade(
                    Niva.RIKET,
                    null,
                    "Riket",
                    geografi.allaKommuner().stream().map(KommunInfo::kod).toList());
        }
        if (kod == null || kod.isBlank()) {
            throw new OgiltigFragaException("kod saknas för nivå " + n.api());
        }
        String k = kod.strip();
        Optional<Omrade> omrade = switch (n) {
            case KOMMUN -> geografi.kommun(k).map(i -> new Omrade(n, i.kod(), i.namn(), List.of(i.kod())));
            case STADSDEL -> geografi.stadsdel(k).map(i -> new Omrade(n, i.kod(), i.namn(), List.of(i.kod())));
            case LAN ->
                geografi.lan(k)
                        .map(i -> new Omrade(
                                n,
                                i.kod(),
                                i.namn(),
                                geografi.kommunerI(i.kod()).stream()
                                        .map(KommunInfo::kod)
                                        .toList()));
            case FORBUND -> forbund.forbund(k);
            case RIKET -> throw new IllegalStateException();
        };
        return omrade.orElseThrow(() -> new OgiltigFragaException("okänd kod '" + k + "' för nivå " + n.api()));
    }
}
