package se.finsam.sus.organisation;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.finsam.sus.audit.AuditAtgard;
import se.finsam.sus.base.Roller;
import se.finsam.sus.base.ValideringsException;
import se.finsam.sus.base.VersioneradEntitet;
import se.finsam.sus.geografi.GeografiService;
import se.finsam.sus.geografi.KommunInfo;
import se.finsam.sus.geografi.StadsdelInfo;

/**
 * Samverkansorganisationer and their yearly samverkansbudget. System administrators create organisations and see
 * all; others see and change only organisations where they hold an active uppdrag. Any other id gives
 * {@link se.finsam.sus.base.HittadesInteException}, and the attempt is audited.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

    static final String TYP = "Samverkansorganisation";
    /** The largest logo accepted, in bytes. */
    public static final int LOGO_MAX_STORLEK = LogoKontroll.MAX_STORLEK;

    private static final String LASARE = "hasAnyRole('" + Roller.SYSTEMADMINISTRATOR + "','"
            + Roller.SAMVERKANSADMINISTRATOR + "','" + Roller.INSATSANSVARIG + "')";
    private static final String ANDRARE =
            "hasAnyRole('" + Roller.SYSTEMADMINISTRATOR + "','" + Roller.SAMVERKANSADMINISTRATOR + "')";

    private final SamverkansorganisationRepository organisationer;
    private final InsatsRepository insatser;
    private final SamverkansbudgetRepository budgetar;
    private final InsatsbudgetRepository insatsbudgetar;
    private final GeografiService geografi;
    private final Atkomst atkomst;
    private final OrganisationLogoRepository logor;

    OrganisationService(
            SamverkansorganisationRepository organisationer,
            InsatsRepository insatser,
            SamverkansbudgetRepository budgetar,
            InsatsbudgetRepository insatsbudgetar,
            GeografiService geografi,
            Atkomst atkomst,
            OrganisationLogoRepository logor) {
        this.logor = logor;
        this.organisationer = organisationer;
        this.insatser = insatser;
        this.budgetar = budgetar;
        this.insatsbudgetar = insatsbudgetar;
        this.geografi = geografi;
        this.atkomst = atkomst;
    }

    @PreAuthorize("hasRole('" + Roller.SYSTEMADMINISTRATOR + "')")
    @Transactional
    public long skapa(OrganisationUppgifter uppgifter) {
        kontrolleraOmrade(uppgifter);
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
        Samverkansorganisation org = organisationer
                .findById(id)
                .filter(o -> atkomst.farAndraOrganisation(id))
                .orElseThrow(() -> atkomst.nekad(TYP, id, "uppdatera"));
        org.kontrolleraVersion(version);
        kontrolleraOmrade(uppgifter);
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
        return detalj(las(id));
    }

    /**
     * Replaces the organisation's ingående organisationer if nobody else has saved the organisation since
     * {@code version} was read (otherwise {@link ObjectOptimisticLockingFailureException}). A kommun is given by
     * its code and gets its name from the kommun list; a region needs a name; no party may appear twice.
     */
    @PreAuthorize(ANDRARE)
    @Transactional
    public OrganisationDetalj sparaIngaende(long id, long version, List<IngaendeOrganisation> lista) {
        Samverkansorganisation org = organisationer
                .findById(id)
                .filter(o -> atkomst.farAndraOrganisation(id))
                .orElseThrow(() -> atkomst.nekad(TYP, id, "ingaende"));
        org.kontrolleraVersion(version);
        List<IngaendeOrganisation> kontrollerade = kontrolleraIngaende(lista);
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
        organisationer
                .findById(id)
                .filter(o -> atkomst.farAndraOrganisation(id))
                .orElseThrow(() -> atkomst.nekad(TYP, id, "logo"));
        String typ = LogoKontroll.innehallstyp(data);
        OrganisationLogo logo = logor.findById(id).orElseGet(() -> new OrganisationLogo(id));
        logo.andra(typ, data);
        logor.save(logo);
        atkomst.logga(AuditAtgard.ORGANISATION_ANDRAD, TYP, id, "logo: " + typ + ", " + data.length + " byte");
    }

    @PreAuthorize(ANDRARE)
    @Transactional
    public void taBortLogo(long id) {
        organisationer
                .findById(id)
                .filter(o -> atkomst.farAndraOrganisation(id))
                .orElseThrow(() -> atkomst.nekad(TYP, id, "logo"));
        if (logor.existsById(id)) {
            logor.deleteById(id);
            atkomst.logga(AuditAtgard.ORGANISATION_ANDRAD, TYP, id, "logo borttagen");
        }
    }

    /** The organisation's logo, if it has one. */
    @PreAuthorize(LASARE)
    public Optional<Logo> logo(long id) {
        las(id);
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
                .findAll(spec(filter, atkomst.synligaOrganisationer()), sorterad)
                .getContent();
        Set<Long> medLogo = sida.isEmpty()
                ? Set.of()
                : new HashSet<>(logor.medLogo(
                        sida.stream().map(Samverkansorganisation::getId).toList()));
        return sida.stream().map(o -> o.rad(medLogo.contains(o.getId()))).toList().stream();
    }

    @PreAuthorize(LASARE)
    public long rakna(OrganisationFilter filter) {
        return organisationer.count(spec(filter, atkomst.synligaOrganisationer()));
    }

    @PreAuthorize(LASARE)
    public List<SamverkansbudgetRad> samverkansbudgetar(long organisationId) {
        las(organisationId);
        return budgetar.findByOrganisationIdOrderByAr(organisationId).stream()
                .map(b -> b.rad(insatsbudgetar.insatsernasBudget(organisationId, b.getAr())))
                .toList();
    }

    /**
     * Creates the year's budget ({@code version} null) or changes it ({@code version} as read); a concurrent change
     * gives {@link ObjectOptimisticLockingFailureException}.
     */
    @PreAuthorize(ANDRARE)
    @Transactional
    public SamverkansbudgetRad sparaSamverkansbudget(
            long organisationId, Long version, SamverkansbudgetUppgifter uppgifter) {
        organisationer
                .findById(organisationId)
                .filter(o -> atkomst.farAndraOrganisation(organisationId))
                .orElseThrow(() -> atkomst.nekad(TYP, organisationId, "samverkansbudget"));
        if (uppgifter.ar() < 2000 || uppgifter.ar() > 2100) {
            throw new ValideringsException("budget.fel.ar");
        }
        Samverkansbudget budget = VersioneradEntitet.hamtaEllerSkapa(
                budgetar.findByOrganisationIdAndAr(organisationId, uppgifter.ar()),
                version,
                () -> new Samverkansbudget(organisationId, uppgifter.ar()));
        budget.andra(uppgifter);
        budget = budgetar.saveAndFlush(budget);
        atkomst.logga(AuditAtgard.SAMVERKANSBUDGET_ANDRAD, TYP, organisationId, "ar=" + uppgifter.ar());
        return budget.rad(insatsbudgetar.insatsernasBudget(organisationId, uppgifter.ar()));
    }

    private OrganisationDetalj detalj(Samverkansorganisation org) {
        return org.detalj(logor.existsById(org.getId()));
    }

    private List<IngaendeOrganisation> kontrolleraIngaende(List<IngaendeOrganisation> lista) {
        if (lista == null) {
            return List.of();
        }
        Map<String, KommunInfo> kommuner = null;
        Set<String> sedda = new HashSet<>();
        List<IngaendeOrganisation> resultat = new ArrayList<>();
        for (IngaendeOrganisation o : lista) {
            if (o == null || o.typ() == null) {
                throw new ValideringsException("organisation.fel.ingaende-typ");
            }
            if (o.roll() == null) {
                throw new ValideringsException("organisation.fel.ingaende-roll");
            }
            IngaendeOrganisation ren;
            switch (o.typ()) {
                case KOMMUN -> {
                    if (o.kommunKod() == null || o.kommunKod().isBlank()) {
                        throw new ValideringsException("organisation.fel.ingaende-namn");
                    }
                    if (kommuner == null) {
                        kommuner = geografi.allaKommuner().stream()
                                .collect(Collectors.toMap(KommunInfo::kod, Function.identity()));
                    }
                    KommunInfo kommun = kommuner.get(o.kommunKod().strip());
                    if (kommun == null) {
                        throw new ValideringsException("organisation.fel.kommun");
                    }
                    ren = new IngaendeOrganisation(o.typ(), kommun.kod(), kommun.namn(), o.roll());
                }
                case REGION -> {
                    if (o.namn() == null || o.namn().isBlank()) {
                        throw new ValideringsException("organisation.fel.ingaende-namn");
                    }
                    if (o.namn().strip().length() > 200) {
                        throw new ValideringsException("organisation.fel.ingaende-namn-langd");
                    }
                    ren = new IngaendeOrganisation(o.typ(), null, o.namn().strip(), o.roll());
                }
                default -> ren = new IngaendeOrganisation(o.typ(), null, null, o.roll());
            }
            String nyckel = ren.typ() + ":"
                    + (ren.kommunKod() != null
                            ? ren.kommunKod()
                            : ren.namn() == null ? "" : ren.namn().toLowerCase(Locale.ROOT));
            if (!sedda.add(nyckel)) {
                throw new ValideringsException("organisation.fel.ingaende-dubblett");
            }
            resultat.add(ren);
        }
        return resultat;
    }

    private Samverkansorganisation las(long id) {
        return organisationer
                .findById(id)
                .filter(o -> atkomst.farLasaOrganisation(id))
                .orElseThrow(() -> atkomst.nekad(TYP, id, "las"));
    }

    /**
     * The area: known kommuner and stadsdelar, and no stadsdel together with its whole kommun (the kommun already
     * covers it, and the försörjningsmått would count it twice).
     */
    private void kontrolleraOmrade(OrganisationUppgifter uppgifter) {
        Set<String> kommuner = uppgifter.kommunKoder() == null ? Set.of() : uppgifter.kommunKoder();
        if (!kommuner.isEmpty()) {
            Set<String> finns =
                    geografi.allaKommuner().stream().map(KommunInfo::kod).collect(Collectors.toSet());
            if (!finns.containsAll(kommuner)) {
                throw new ValideringsException("organisation.fel.kommun");
            }
        }
        for (String kod : uppgifter.stadsdelKoder() == null ? Set.<String>of() : uppgifter.stadsdelKoder()) {
            StadsdelInfo stadsdel =
                    geografi.stadsdel(kod).orElseThrow(() -> new ValideringsException("organisation.fel.stadsdel"));
            if (kommuner.contains(stadsdel.kommunKod())) {
                throw new ValideringsException(
                        "organisation.fel.stadsdel-och-kommun",
                        stadsdel.namn(),
                        geografi.kommun(stadsdel.kommunKod())
                                .map(KommunInfo::namn)
                                .orElse(stadsdel.kommunKod()));
            }
        }
    }

    private static Specification<Samverkansorganisation> spec(OrganisationFilter f, Set<Long> synliga) {
        return (root, query, cb) -> {
            List<Predicate> villkor = new ArrayList<>();
            if (synliga != null) {
                villkor.add(
                        synliga.isEmpty() ? cb.disjunction() : root.get("id").in(synliga));
            }
            if (f.text() != null && !f.text().isBlank()) {
                String text = "%" + f.text().strip().toLowerCase(Locale.ROOT) + "%";
                villkor.add(cb.or(
                        cb.like(cb.lower(root.get("namn")), text),
                        cb.like(root.get("organisationsnummer"), text.replace("-", ""))));
            }
            if (f.aktiv() != null) {
                LocalDate idag = LocalDate.now();
                villkor.add(
                        f.aktiv()
                                ? cb.or(
                                        cb.isNull(root.get("slutdatum")),
                                        cb.greaterThanOrEqualTo(root.get("slutdatum"), idag))
                                : cb.lessThan(root.get("slutdatum"), idag));
            }
            if (f.finansieringsform() != null) {
                villkor.add(cb.equal(root.get("finansieringsform"), f.finansieringsform()));
            }
            if (f.lanKod() != null && !f.lanKod().isBlank()) {
                Subquery<Long> iLan = query.subquery(Long.class);
                Root<Samverkansorganisation> org = iLan.from(Samverkansorganisation.class);
                Join<Samverkansorganisation, String> kommun = org.join("kommunKoder");
                iLan.select(org.get("id")).where(cb.like(kommun, f.lanKod().strip() + "%"));
                // An area of stadsdelar only lies in the län of their kommun (the code starts with it).
                Subquery<Long> stadsdelILan = query.subquery(Long.class);
                Root<Samverkansorganisation> org2 = stadsdelILan.from(Samverkansorganisation.class);
                Join<Samverkansorganisation, String> stadsdel = org2.join("stadsdelKoder");
                stadsdelILan
                        .select(org2.get("id"))
                        .where(cb.like(stadsdel, f.lanKod().strip() + "%"));
                villkor.add(cb.or(root.get("id").in(iLan), root.get("id").in(stadsdelILan)));
            }
            return cb.and(villkor.toArray(Predicate[]::new));
        };
    }
}
