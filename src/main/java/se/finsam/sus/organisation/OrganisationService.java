package se.finsam.sus.organisation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.finsam.sus.audit.AuditAtgard;
import se.finsam.sus.base.Roller;
import se.finsam.sus.base.ValideringsException;

/**
 * Samverkansorganisationer: their data, ingående organisationer and logo (the yearly budget is
 * {@link SamverkansbudgetService}'s). System administrators create organisations and see
 * all; others see and change only organisations where they hold an active uppdrag. Any other id gives
 * {@link se.finsam.sus.base.HittadesInteException}, and the attempt is audited.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OrganisationService {

    static final String TYP = "Samverkansorganisation";
    /** The largest logo accepted, in bytes. */
    public static final int LOGO_MAX_STORLEK = LogoKontroll.MAX_STORLEK;

    static final String LASARE = "hasAnyRole('" + Roller.SYSTEMADMINISTRATOR + "','" + Roller.SAMVERKANSADMINISTRATOR
            + "','" + Roller.INSATSANSVARIG + "')";
    static final String ANDRARE =
            "hasAnyRole('" + Roller.SYSTEMADMINISTRATOR + "','" + Roller.SAMVERKANSADMINISTRATOR + "')";

    private final SamverkansorganisationRepository organisationer;
    private final InsatsRepository insatser;
    private final OmradesKontroll kontroll;
    private final Atkomst atkomst;
    private final OrganisationLogoRepository logor;

    @PreAuthorize("hasRole('" + Roller.SYSTEMADMINISTRATOR + "')")
    @Transactional
    public long skapa(OrganisationUppgifter uppgifter) {
        kontroll.omrade(uppgifter);
        Samverkansorganisation ny = new Samverkansorganisation(uppgifter);
        if (organisationer.existsByOrganisationsnummer(ny.getOrganisationsnummer())) {
            throw new ValideringsException("organisation.fel.orgnr-finns");
        }
        ny = organisationer.save(ny);
        atkomst.logga(AuditAtgard.ORGANISATION_SKAPAD, TYP, ny.getId(), null);
        return ny.getId();
    }

    /**
     * Saves the changes if nobody else has saved the organisation since {@code version} was read; otherwise
     * throws {@link ObjectOptimisticLockingFailureException}.
     */
    @PreAuthorize(ANDRARE)
    @Transactional
    public OrganisationDetalj uppdatera(long id, long version, OrganisationUppgifter uppgifter) {
        Samverkansorganisation org = atkomst.organisation(id, atkomst::farAndraOrganisation, "uppdatera");
        org.kontrolleraVersion(version);
        kontroll.omrade(uppgifter);
        org.andra(uppgifter);
        if (organisationer.existsByOrganisationsnummerAndIdNot(org.getOrganisationsnummer(), id)) {
            throw new ValideringsException("organisation.fel.orgnr-finns");
        }
        if (insatser.findByOrganisationIdOrderByNamn(id).stream()
                .anyMatch(i -> !org.omfattarPeriod(i.getStartdatum(), i.getSlutdatum()))) {
            throw new ValideringsException("organisation.fel.insatser-utanfor-period");
        }
        atkomst.logga(AuditAtgard.ORGANISATION_ANDRAD, TYP, id, null);
        return detalj(organisationer.saveAndFlush(org));
    }

    @PreAuthorize(LASARE)
    public OrganisationDetalj hamta(long id) {
        return detalj(synlig(id));
    }

    /**
     * Replaces the organisation's ingående organisationer if nobody else has saved the organisation since
     * {@code version} was read (otherwise {@link ObjectOptimisticLockingFailureException}). A kommun is given by
     * its code and gets its name from the kommun list; a region needs a name; no party may appear twice.
     */
    @PreAuthorize(ANDRARE)
    @Transactional
    public OrganisationDetalj sparaIngaende(long id, long version, List<IngaendeOrganisation> lista) {
        Samverkansorganisation org = atkomst.organisation(id, atkomst::farAndraOrganisation, "ingaende");
        org.kontrolleraVersion(version);
        List<IngaendeOrganisation> kontrollerade = kontroll.ingaende(lista);
        List<IngaendeOrganisation> fore = org.ingaende();
        org.andraIngaende(kontrollerade);
        OrganisationDetalj sparad = detalj(organisationer.saveAndFlush(org));
        if (!fore.equals(kontrollerade)) {
            atkomst.logga(
                    AuditAtgard.ORGANISATION_ANDRAD,
                    TYP,
                    id,
                    "ingaende: "
                            + kontrollerade.stream()
                                    .map(o -> o.typ() + (o.namn() == null ? "" : " " + o.namn()) + " " + o.roll())
                                    .collect(Collectors.joining(", ")));
        }
        return sparad;
    }

    /**
     * Stores the organisation's logo (replacing any earlier one) after checking by its content that it is a PNG,
     * JPEG image of at most 512 KB (never SVG). Nothing is stored on error.
     */
    @PreAuthorize(ANDRARE)
    @Transactional
    public void sparaLogo(long id, byte[] data) {
        atkomst.organisation(id, atkomst::farAndraOrganisation, "logo");
        String typ = LogoKontroll.innehallstyp(data);
        OrganisationLogo logo = logor.findById(id).orElseGet(() -> new OrganisationLogo(id));
        logo.andra(typ, data);
        logor.save(logo);
        atkomst.logga(AuditAtgard.ORGANISATION_ANDRAD, TYP, id, "logo: " + typ + ", " + data.length + " byte");
    }

    @PreAuthorize(ANDRARE)
    @Transactional
    public void taBortLogo(long id) {
        atkomst.organisation(id, atkomst::farAndraOrganisation, "logo");
        if (logor.existsById(id)) {
            logor.deleteById(id);
            atkomst.logga(AuditAtgard.ORGANISATION_ANDRAD, TYP, id, "logo borttagen");
        }
    }

    /** The organisation's logo, if it has one. */
    @PreAuthorize(LASARE)
    public Optional<Logo> logo(long id) {
        synlig(id);
        return logor.findById(id).flatMap(OrganisationLogo::logo);
    }

    /** May the logged-in user change the organisation's data and samverkansbudget? */
    @PreAuthorize(LASARE)
    public boolean farAndra(long id) {
        return atkomst.farAndraOrganisation(id);
    }

    /** May the logged-in user create insatser in the organisation? */
    @PreAuthorize(LASARE)
    public boolean farSkapaInsats(long id) {
        return atkomst.farSkapaInsats(id);
    }

    @PreAuthorize(LASARE)
    public Stream<OrganisationRad> sok(OrganisationFilter filter, Pageable page) {
        Pageable sorterad = page.getSort().isSorted()
                ? page
                : PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("namn", "id"));
        List<Samverkansorganisation> sida = organisationer
                .findAll(OrganisationSok.spec(filter, atkomst.synligaOrganisationer()), sorterad)
                .getContent();
        Set<Long> medLogo = sida.isEmpty()
                ? Set.of()
                : new HashSet<>(logor.medLogo(
                        sida.stream().map(Samverkansorganisation::getId).toList()));
        return sida.stream().map(o -> o.rad(medLogo.contains(o.getId()))).toList().stream();
    }

    @PreAuthorize(LASARE)
    public long rakna(OrganisationFilter filter) {
        return organisationer.count(OrganisationSok.spec(filter, atkomst.synligaOrganisationer()));
    }

    private OrganisationDetalj detalj(Samverkansorganisation org) {
        return org.detalj(logor.existsById(org.getId()));
    }

    private Samverkansorganisation synlig(long id) {
        return atkomst.organisation(id, atkomst::farLasaOrganisation, "las");
    }
}
