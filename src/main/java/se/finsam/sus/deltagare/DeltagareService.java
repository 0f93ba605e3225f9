package se.finsam.sus.deltagare;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.finsam.sus.audit.AuditAtgard;
import se.finsam.sus.base.Identitetsnummer;
import se.finsam.sus.base.Kryptering;
import se.finsam.sus.base.Roller;
import se.finsam.sus.base.ValideringsException;
import se.finsam.sus.base.VersioneradEntitet;
import se.finsam.sus.deltagare.DeltagarRegler.GiltigInskrivning;
import se.finsam.sus.geografi.GeografiService;
import se.finsam.sus.organisation.Inriktning;
import se.finsam.sus.organisation.InsatsFakta;
import se.finsam.sus.organisation.InsatsUppslag;

/**
 * Participants: consented registration, exit, corrections with history, withdrawn consent, anonymous counts. Only
 * a deltagaransvarig with an active uppdrag in the insats may register or see personal data; every other id gives
 * "not found" ({@link se.finsam.sus.base.HittadesInteException}) and the attempt is audited. Every search, view,
 * creation, change and deletion of a participation writes an audit row in the same transaction. Rule violations
 * throw {@link se.finsam.sus.base.ValideringsException} with an i18n key; a stale {@code version} throws
 * {@link org.springframework.orm.ObjectOptimisticLockingFailureException}.
 *
 * <p>Lists are scoped in their query ({@code insats_id in} the user's deltagaransvarig insatser). Every method
 * writes its audit rows in its own (read-write) transaction, which is why none of them is read-only. Identity
 * numbers are stored encrypted with a keyed hash for look-up ({@link Kryptering}); they never appear in audit
 * details, logs or exception messages, and the correction history masks them.
 */
@Service
@Transactional
public class DeltagareService {

    static final String DELTAGARANSVARIG = "hasRole('" + Roller.DELTAGARANSVARIG + "') and " + Roller.INLOGGAD_REGEL;
    static final String ANTAL = "hasAnyRole('" + Roller.DELTAGARANSVARIG + "','" + Roller.INSATSANSVARIG + "') and "
            + Roller.INLOGGAD_REGEL;

    /** The end of an open period, for overlap checks. */
    private static final LocalDate OPPET_SLUT = LocalDate.of(9999, 12, 31);
    /** How an identity number appears in the correction history. */
    static final String MASKERAT = "********-****";

    private static final String IDENTITET = "identitetsnummer";
    /** How many participation ids a person search's audit row names (the column holds 500 characters). */
    private static final int MAX_IDN_I_AUDIT = 40;

    private final DeltagandeRepository deltaganden;
    private final DeltagandeAndringRepository andringar;
    private final AnonymtAntalRepository antalRepository;
    private final DeltagarAtkomst atkomst;
    private final InsatsUppslag insatser;
    private final GeografiService geografi;
    private final Kryptering kryptering;
    private final EntityManager em;
    private final Clock clock;

    DeltagareService(
            DeltagandeRepository deltaganden,
            DeltagandeAndringRepository andringar,
            AnonymtAntalRepository antalRepository,
            DeltagarAtkomst atkomst,
            InsatsUppslag insatser,
            GeografiService geografi,
            Kryptering kryptering,
            EntityManager em,
            Clock clock) {
        this.deltaganden = deltaganden;
        this.andringar = andringar;
        this.antalRepository = antalRepository;
        this.atkomst = atkomst;
        this.insatser = insatser;
        this.geografi = geografi;
        this.kryptering = kryptering;
        this.em = em;
        this.clock = clock;
    }

    /** Insatser where the user holds an active deltagaransvarig uppdrag, by name. */
    @PreAuthorize(DELTAGARANSVARIG)
    @Transactional(readOnly = true)
    public List<InsatsForDeltagare> minaInsatser() {
        return insatser.insatser(atkomst.synligaInsatser()).stream()
                .map(DeltagareService::forDeltagare)
                .toList();
    }

    /** One insats the user may register participants in (or count participants of). */
    @PreAuthorize(ANTAL)
    public InsatsForDeltagare insats(long insatsId) {
        return forDeltagare(insatsForAntal(insatsId, "las insats"));
    }

    /** Registers a participation; consent with {@code registrering = true} is required. Returns its id. */
    @PreAuthorize(DELTAGARANSVARIG)
    public long registrera(long insatsId, Inskrivning inskrivning) {
        InsatsFakta insats = insatsForDeltagare(insatsId, "registrera");
        DeltagarRegler.individuellInsats(insats);
        GiltigInskrivning g = DeltagarRegler.inskrivning(inskrivning, insats, idag(), this::kommunFinns);
        String hash = kryptering.hmac(g.identitet().siffror());
        if (deltaganden.overlappar(insatsId, hash, -1, g.startdatum(), OPPET_SLUT)) {
            throw new ValideringsException("deltagare.fel.overlapp");
        }
        String anvandare = atkomst.anvandare();
        Deltagande d = new Deltagande(insatsId, insats.organisationId(), clock.instant(), anvandare);
        satt(d, g, hash, anvandare);
        d = deltaganden.save(d);
        atkomst.logga(AuditAtgard.DELTAGANDE_SKAPAT, DeltagarAtkomst.DELTAGANDE, d.getId(), "insats=" + insatsId);
        return d.getId();
    }

    /** One participation (audited as a read). */
    @PreAuthorize(DELTAGARANSVARIG)
    public DeltagandeDetalj hamta(long deltagandeId) {
        Deltagande d = deltagande(deltagandeId, "las");
        atkomst.logga(
                AuditAtgard.DELTAGANDE_LAST, DeltagarAtkomst.DELTAGANDE, deltagandeId, "insats=" + d.getInsatsId());
        return detalj(d);
    }

    /**
     * A page of the insats's participations, newest entry first ({@code sida}'s offset and size are used, its sort
     * is not; {@link Pageable#unpaged()} gives all). Audited as a search of the insats; an identity search is
     * marked as such (never with the number).
     */
    @PreAuthorize(DELTAGARANSVARIG)
    public Stream<DeltagandeRad> sok(long insatsId, DeltagandeFilter filter, Pageable sida) {
        Sokning s = sokning(insatsId, filter, "sok");
        atkomst.logga(
                AuditAtgard.DELTAGANDE_SOKT,
                DeltagarAtkomst.INSATS,
                insatsId,
                s.beskrivning()
                        + (sida.isPaged() ? " rader=" + sida.getOffset() + "+" + sida.getPageSize() : " alla rader"));
        TypedQuery<Deltagande> q = em.createQuery(
                "select d from Deltagande d where " + s.villkor() + " order by d.startdatum desc, d.id desc",
                Deltagande.class);
        s.parametrar().forEach(q::setParameter);
        if (sida.isPaged()) {
            q.setFirstResult(Math.toIntExact(sida.getOffset()));
            q.setMaxResults(sida.getPageSize());
        }
        return q.getResultList().stream().map(this::rad).toList().stream();
    }

    /** The number of participations {@link #sok} finds; a count by identity number is audited as a search. */
    @PreAuthorize(DELTAGARANSVARIG)
    public long rakna(long insatsId, DeltagandeFilter filter) {
        Sokning s = sokning(insatsId, filter, "rakna");
        if (s.identitetssokning()) {
            atkomst.logga(AuditAtgard.DELTAGANDE_SOKT, DeltagarAtkomst.INSATS, insatsId, s.beskrivning() + " antal");
        }
        TypedQuery<Long> q = em.createQuery("select count(d) from Deltagande d where " + s.villkor(), Long.class);
        s.parametrar().forEach(q::setParameter);
        return q.getSingleResult();
    }

    /** All the person's participations in insatser where the user holds an uppdrag (audited as a search). */
    @PreAuthorize(DELTAGARANSVARIG)
    public List<PersonDeltagande> forPerson(String identitetsnummer) {
        Identitetsnummer id = Identitetsnummer.tolka(identitetsnummer, idag());
        Set<Long> synliga = atkomst.synligaInsatser();
        List<DeltagandeRad> hittade = synliga.isEmpty()
                ? List.of()
                : deltaganden.forPerson(kryptering.hmac(id.siffror()), synliga).stream()
                        .map(this::rad)
                        .toList();
        Map<Long, InsatsFakta> fakta =
                insatser.insatser(hittade.stream().map(DeltagandeRad::insatsId).collect(Collectors.toSet())).stream()
                        .collect(Collectors.toMap(InsatsFakta::id, i -> i));
        List<PersonDeltagande> rader = hittade.stream()
                .map(r -> personDeltagande(r, fakta.get(r.insatsId())))
                .toList();
        // The participations shown are named by id (never the number), so that the audit tells whose data was seen.
        String traffar = rader.stream()
                .limit(MAX_IDN_I_AUDIT)
                .map(r -> String.valueOf(r.id()))
                .collect(Collectors.joining(","));
        atkomst.logga(
                AuditAtgard.DELTAGANDE_SOKT,
                "Person",
                null,
                "personsokning traffar=" + rader.size()
                        + (rader.isEmpty()
                                ? ""
                                : " deltaganden=" + traffar + (rader.size() > MAX_IDN_I_AUDIT ? ",…" : "")));
        return rader;
    }

    /** Corrects the entry; history keeps the old values. */
    @PreAuthorize(DELTAGARANSVARIG)
    public DeltagandeDetalj rattaInskrivning(long deltagandeId, long version, Inskrivning inskrivning) {
        Deltagande d = forAndring(deltagandeId, version, "ratta inskrivning");
        InsatsFakta insats = insatser.insats(d.getInsatsId()).orElseThrow();
        GiltigInskrivning g = DeltagarRegler.inskrivning(inskrivning, insats, idag(), this::kommunFinns);
        if (d.getSlutdatum() != null && g.startdatum().isAfter(d.getSlutdatum())) {
            throw new ValideringsException("deltagare.fel.startdatum-efter-slut");
        }
        String hash = kryptering.hmac(g.identitet().siffror());
        if (deltaganden.overlappar(
                d.getInsatsId(),
                hash,
                deltagandeId,
                g.startdatum(),
                d.getSlutdatum() == null ? OPPET_SLUT : d.getSlutdatum())) {
            throw new ValideringsException("deltagare.fel.overlapp");
        }
        boolean nyIdentitet = !hash.equals(d.getIdentitetHash());
        Map<String, String> fore = inskrivningsvarden(d);
        satt(d, g, hash, null);
        List<String> falt = skrivHistorik(d, fore, inskrivningsvarden(d));
        if (nyIdentitet) {
            andringar.save(new DeltagandeAndring(
                    deltagandeId, clock.instant(), atkomst.anvandare(), IDENTITET, MASKERAT, MASKERAT));
            falt.add(IDENTITET);
        }
        d = deltaganden.saveAndFlush(d);
        atkomst.logga(
                AuditAtgard.DELTAGANDE_ANDRAT,
                DeltagarAtkomst.DELTAGANDE,
                deltagandeId,
                "inskrivning falt=" + String.join(",", falt));
        return detalj(d);
    }

    /** Registers the exit, or corrects an earlier exit (history keeps the old values). */
    @PreAuthorize(DELTAGARANSVARIG)
    public DeltagandeDetalj skrivUt(long deltagandeId, long version, Utskrivning utskrivning) {
        Deltagande d = forAndring(deltagandeId, version, "skriv ut");
        InsatsFakta insats = insatser.insats(d.getInsatsId()).orElseThrow();
        DeltagarRegler.utskrivning(utskrivning, d.getStartdatum(), insats, idag());
        if (utskrivning.anledning() != Avslutsanledning.FELREGISTRERING
                && deltaganden.overlappar(
                        d.getInsatsId(),
                        d.getIdentitetHash(),
                        deltagandeId,
                        d.getStartdatum(),
                        utskrivning.slutdatum())) {
            throw new ValideringsException("deltagare.fel.overlapp");
        }
        boolean rattning = d.getSlutdatum() != null;
        Map<String, String> fore = utskrivningsvarden(d);
        d.utskrivning(utskrivning.slutdatum(), utskrivning.anledning(), utskrivning.forsorjningVidSlut());
        if (rattning) {
            List<String> falt = skrivHistorik(d, fore, utskrivningsvarden(d));
            atkomst.logga(
                    AuditAtgard.DELTAGANDE_ANDRAT,
                    DeltagarAtkomst.DELTAGANDE,
                    deltagandeId,
                    "utskrivning falt=" + String.join(",", falt));
        } else {
            atkomst.logga(
                    AuditAtgard.DELTAGANDE_UTSKRIVET,
                    DeltagarAtkomst.DELTAGANDE,
                    deltagandeId,
                    "anledning=" + utskrivning.anledning());
        }
        return detalj(deltaganden.saveAndFlush(d));
    }

    /**
     * Consent withdrawn: the participation is kept only as an anonymous count, in one transaction, audited. Its
     * start year and recorded kön are added to the insats's anonymous counts (a felregistrering is not counted),
     * then the participation and all its child rows (försörjning ticks, consent authorities, correction history)
     * are deleted. Afterwards its id is "not found" like any unknown id. The audit row names only the
     * participation and insats ids.
     */
    @PreAuthorize(DELTAGARANSVARIG)
    public void aterkallaSamtycke(long deltagandeId, long version) {
        Deltagande d = forAndring(deltagandeId, version, "aterkalla samtycke");
        long insatsId = d.getInsatsId();
        if (d.getAvslutsanledning() != Avslutsanledning.FELREGISTRERING) {
            int ar = d.getStartdatum().getYear();
            AnonymtAntal antal =
                    antalRepository.findByInsatsIdAndAr(insatsId, ar).orElseGet(() -> new AnonymtAntal(insatsId, ar));
            antal.raknaIn(d.getKon());
            antalRepository.save(antal);
        }
        andringar.raderaFor(deltagandeId);
        deltaganden.delete(d);
        deltaganden.flush();
        atkomst.logga(AuditAtgard.SAMTYCKE_ATERKALLAT, DeltagarAtkomst.DELTAGANDE, deltagandeId, "insats=" + insatsId);
    }

    /** Every correction of the participation, newest first (audited as a read). */
    @PreAuthorize(DELTAGARANSVARIG)
    public List<Andring> historik(long deltagandeId) {
        deltagande(deltagandeId, "historik");
        atkomst.logga(AuditAtgard.DELTAGANDE_LAST, DeltagarAtkomst.DELTAGANDE, deltagandeId, "historik");
        return andringar.findByDeltagandeIdOrderByIdDesc(deltagandeId).stream()
                .map(DeltagandeAndring::andring)
                .toList();
    }

    /** The insats's anonymous counts per year, newest first. */
    @PreAuthorize(ANTAL)
    @Transactional(readOnly = true)
    public List<DeltagarAntal> antal(long insatsId) {
        insatsForAntal(insatsId, "las antal");
        return antalRepository.findByInsatsIdOrderByArDesc(insatsId).stream()
                .map(AnonymtAntal::antal)
                .toList();
    }

    /**
     * Saves one year's anonymous counts ({@code antal.version()} null for a new year). The year must lie within
     * the insats's period and not in the future; counts are at least 0. A stale or missing version is a conflict.
     */
    @PreAuthorize(ANTAL)
    public DeltagarAntal sparaAntal(DeltagarAntal antal) {
        long insatsId = antal.insatsId();
        InsatsFakta insats = insatsForAntal(insatsId, "spara antal");
        if (insats.inriktning() != Inriktning.INDIVIDINRIKTAD) {
            throw new ValideringsException("deltagare.fel.insats-ej-individinriktad");
        }
        int ar = antal.ar();
        if (ar < insats.startdatum().getYear()
                || ar > idag().getYear()
                || (insats.slutdatum() != null && ar > insats.slutdatum().getYear())) {
            throw new ValideringsException("deltagare.fel.antal-ar");
        }
        if (antal.kvinnor() < 0 || antal.man() < 0 || antal.ovriga() < 0) {
            throw new ValideringsException("deltagare.fel.antal-negativ");
        }
        AnonymtAntal post = VersioneradEntitet.hamtaEllerSkapa(
                antalRepository.findByInsatsIdAndAr(insatsId, ar),
                antal.version(),
                () -> new AnonymtAntal(insatsId, ar));
        post.satt(antal.kvinnor(), antal.man(), antal.ovriga());
        post = antalRepository.saveAndFlush(post);
        atkomst.logga(
                AuditAtgard.DELTAGARANTAL_ANDRAT,
                DeltagarAtkomst.INSATS,
                insatsId,
                "ar=" + ar + " kvinnor=" + antal.kvinnor() + " man=" + antal.man() + " ovriga=" + antal.ovriga());
        return post.antal();
    }

    // ---- scope ----

    private InsatsFakta insatsForDeltagare(long insatsId, String vad) {
        return insatser.insats(insatsId)
                .filter(i -> atkomst.farSeDeltagare(insatsId, i.organisationId()))
                .orElseThrow(() -> atkomst.nekad(DeltagarAtkomst.INSATS, insatsId, vad));
    }

    private InsatsFakta insatsForAntal(long insatsId, String vad) {
        return insatser.insats(insatsId)
                .filter(i -> atkomst.farRakna(insatsId, i.organisationId()))
                .orElseThrow(() -> atkomst.nekad(DeltagarAtkomst.INSATS, insatsId, vad));
    }

    private Deltagande deltagande(long id, String vad) {
        return deltaganden
                .findById(id)
                .filter(d -> atkomst.farSeDeltagare(d.getInsatsId(), d.getOrganisationId()))
                .orElseThrow(() -> atkomst.nekad(DeltagarAtkomst.DELTAGANDE, id, vad));
    }

    /** A participation the user may change, at the version the user read; an anonymised one cannot change. */
    private Deltagande forAndring(long id, long version, String vad) {
        Deltagande d = deltagande(id, vad);
        d.kontrolleraVersion(version);
        if (d.isAnonymiserad()) {
            throw new ValideringsException("deltagare.fel.anonymiserad");
        }
        return d;
    }

    // ---- queries ----

    private record Sokning(
            String villkor, Map<String, Object> parametrar, boolean identitetssokning, String beskrivning) {}

    /**
     * The WHERE clause of a grid query: always limited to the user's insatser. An insats outside them is refused
     * here (an insats-level uppdrag is the only way a deltagaransvarig reaches an insats, so one look-up of the
     * user's insatser decides both the scope check and the query).
     */
    private Sokning sokning(long insatsId, DeltagandeFilter filter, String vad) {
        Set<Long> synliga = atkomst.synligaInsatser();
        if (!synliga.contains(insatsId)) {
            throw atkomst.nekad(DeltagarAtkomst.INSATS, insatsId, vad);
        }
        DeltagandeFilter f = filter == null ? DeltagandeFilter.alla() : filter;
        StringBuilder villkor = new StringBuilder("d.insatsId = :insats and d.insatsId in :synliga");
        Map<String, Object> parametrar = new LinkedHashMap<>();
        parametrar.put("insats", insatsId);
        parametrar.put("synliga", synliga);
        DeltagandeFilter.Status status = f.status() == null ? DeltagandeFilter.Status.ALLA : f.status();
        if (status == DeltagandeFilter.Status.AKTIVA) {
            villkor.append(" and d.slutdatum is null");
        } else if (status == DeltagandeFilter.Status.AVSLUTADE) {
            villkor.append(" and d.slutdatum is not null");
        }
        boolean identitet =
                f.identitetsnummer() != null && !f.identitetsnummer().isBlank();
        if (identitet) {
            Identitetsnummer id = Identitetsnummer.tolka(f.identitetsnummer(), idag());
            villkor.append(" and d.identitetHash = :hash");
            parametrar.put("hash", kryptering.hmac(id.siffror()));
        }
        return new Sokning(
                villkor.toString(),
                parametrar,
                identitet,
                "status=" + status + (identitet ? " identitetssokning" : ""));
    }

    // ---- values ----

    private void satt(Deltagande d, GiltigInskrivning g, String hash, String samtyckeRegistreratAv) {
        if (!hash.equals(d.getIdentitetHash())) {
            d.identitet(
                    kryptering.kryptera(g.identitet().siffror()),
                    hash,
                    g.identitet().samordningsnummer());
        }
        d.inskrivning(
                g.startdatum(),
                g.kon(),
                g.aldersgrupp(),
                g.hemkommun(),
                g.behovsgrupp(),
                g.remitterande(),
                g.tidIUtanforskap());
        d.samtycke(g.samtycke(), samtyckeRegistreratAv);
        d.forsorjningVidStart(g.forsorjning());
    }

    /** Writes one history row per changed field; returns the names of the changed fields. */
    private List<String> skrivHistorik(Deltagande d, Map<String, String> fore, Map<String, String> efter) {
        List<String> andrade = new ArrayList<>();
        String vem = atkomst.anvandare();
        var nu = clock.instant();
        efter.forEach((falt, nytt) -> {
            String gammalt = fore.get(falt);
            if (!Objects.equals(gammalt, nytt)) {
                andringar.save(new DeltagandeAndring(d.getId(), nu, vem, falt, gammalt, nytt));
                andrade.add(falt);
            }
        });
        return andrade;
    }

    private static Map<String, String> inskrivningsvarden(Deltagande d) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("startdatum", text(d.getStartdatum()));
        v.put("kon", text(d.getKon()));
        v.put("aldersgrupp", text(d.getAldersgrupp()));
        v.put("hemkommun", d.getHemkommun());
        v.put("behovsgrupp", text(d.getBehovsgrupp()));
        v.put("remitterande", text(d.getRemitterande()));
        v.put("tidIUtanforskap", text(d.getTidIUtanforskap()));
        SamtyckeInfo s = d.samtyckeInfo();
        v.put("samtycke.datum", text(s.datum()));
        v.put("samtycke.informationsutbyte", String.valueOf(new TreeSet<>(s.informationsutbyte())));
        v.put("samtycke.registrering", String.valueOf(s.registrering()));
        forsorjningsvarden(v, "forsorjningVidStart", d.forsorjningVidStart());
        return v;
    }

    private static Map<String, String> utskrivningsvarden(Deltagande d) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("slutdatum", text(d.getSlutdatum()));
        v.put("avslutsanledning", text(d.getAvslutsanledning()));
        forsorjningsvarden(v, "forsorjningVidSlut", d.forsorjningVidSlut());
        return v;
    }

    private static void forsorjningsvarden(Map<String, String> v, String prefix, Forsorjning f) {
        v.put(prefix + ".kallor", f == null ? null : String.valueOf(new TreeSet<>(f.kallor())));
        v.put(prefix + ".timmarArbeteMedStod", f == null ? null : String.valueOf(f.timmarArbeteMedStod()));
        v.put(prefix + ".timmarArbeteUtanStod", f == null ? null : String.valueOf(f.timmarArbeteUtanStod()));
        v.put(prefix + ".timmarStudier", f == null ? null : String.valueOf(f.timmarStudier()));
        v.put(prefix + ".timmarEgetForetag", f == null ? null : String.valueOf(f.timmarEgetForetag()));
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }

    private String identitet(Deltagande d) {
        if (d.getIdentitetKrypterad() == null) {
            return null;
        }
        String siffror = kryptering.dekryptera(d.getIdentitetKrypterad());
        return siffror.substring(0, 8) + "-" + siffror.substring(8);
    }

    private DeltagandeRad rad(Deltagande d) {
        return new DeltagandeRad(
                d.getId(),
                d.getInsatsId(),
                identitet(d),
                d.getKon(),
                d.getAldersgrupp(),
                d.getStartdatum(),
                d.getSlutdatum(),
                d.getAvslutsanledning());
    }

    private PersonDeltagande personDeltagande(DeltagandeRad r, InsatsFakta insats) {
        return new PersonDeltagande(
                r,
                insats.namn(),
                insats.organisationNamn(),
                insats.finansieringsform(),
                insatser.forbundetsKostnadPerDeltagare(
                                r.insatsId(), r.startdatum().getYear())
                        .orElse(null));
    }

    private DeltagandeDetalj detalj(Deltagande d) {
        String insatsNamn =
                insatser.insats(d.getInsatsId()).map(InsatsFakta::namn).orElse(null);
        return new DeltagandeDetalj(
                d.getId(),
                d.getVersion(),
                d.getInsatsId(),
                insatsNamn,
                d.getOrganisationId(),
                identitet(d),
                d.isSamordningsnummer(),
                d.getKon(),
                d.getAldersgrupp(),
                d.getHemkommun(),
                d.getBehovsgrupp(),
                d.getRemitterande(),
                d.getTidIUtanforskap(),
                d.samtyckeInfo(),
                d.getStartdatum(),
                d.forsorjningVidStart(),
                d.getSlutdatum(),
                d.getAvslutsanledning(),
                d.forsorjningVidSlut(),
                d.isAnonymiserad());
    }

    private static InsatsForDeltagare forDeltagare(InsatsFakta i) {
        return new InsatsForDeltagare(
                i.id(),
                i.namn(),
                i.organisationId(),
                i.organisationNamn(),
                i.startdatum(),
                i.slutdatum(),
                i.individuell());
    }

    private boolean kommunFinns(String kod) {
        return geografi.kommun(kod).isPresent();
    }

    private LocalDate idag() {
        return LocalDate.now(clock);
    }
}
