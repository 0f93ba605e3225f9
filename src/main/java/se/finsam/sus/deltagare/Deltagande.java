package se.finsam.sus.deltagare;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import se.finsam.sus.base.VersioneradEntitet;
import se.finsam.sus.deltagare.ForsorjningMarkering.Tillfalle;

/**
 * One participation of one person in one insats. The identity number is held only encrypted, with its keyed hash
 * for look-up; both are removed when consent is withdrawn. Rules are checked by {@link DeltagarRegler} before
 * anything is set here.
 */
@Entity
@Table(name = "deltagande")
@EntityListeners(DeltagandeFlode.Lyssnare.class)
class Deltagande extends VersioneradEntitet {

    private long insatsId;
    private long organisationId;
    private String identitetKrypterad;
    private String identitetHash;
    private boolean samordningsnummer;

    /** Set at entry; never null in a stored row (its columns are not null). */
    @Embedded
    private Deltagarprofil profil;

    /** The prioriterade behovsgrupper at entry; empty: none. */
    @ElementCollection
    @CollectionTable(name = "deltagande_behovsgrupp", joinColumns = @JoinColumn(name = "deltagande_id"))
    @Column(name = "behovsgrupp")
    @Enumerated(EnumType.STRING)
    private Set<Behovsgrupp> behovsgrupper = new HashSet<>();

    private LocalDate samtyckeDatum;
    private boolean samtyckeRegistrering;
    private String samtyckeRegistreratAv;
    private LocalDate samtyckeAterkallat;

    @ElementCollection
    @CollectionTable(name = "deltagande_samtycke_myndighet", joinColumns = @JoinColumn(name = "deltagande_id"))
    @Column(name = "myndighet")
    @Enumerated(EnumType.STRING)
    private Set<Myndighet> samtyckeInformationsutbyte = new HashSet<>();

    private LocalDate startdatum;
    private LocalDate slutdatum;

    @Enumerated(EnumType.STRING)
    private Avslutsanledning avslutsanledning;

    private int timmarStartArbeteMedStod;
    private int timmarStartArbeteUtanStod;
    private int timmarStartStudier;
    private int timmarStartEgetForetag;
    private Integer timmarSlutArbeteMedStod;
    private Integer timmarSlutArbeteUtanStod;
    private Integer timmarSlutStudier;
    private Integer timmarSlutEgetForetag;

    /** Aktivt arbetssökande at exit; null while active and when nothing was recorded at exit. */
    private Boolean arbetssokandeSlut;

    @ElementCollection
    @CollectionTable(name = "deltagande_forsorjning", joinColumns = @JoinColumn(name = "deltagande_id"))
    private Set<ForsorjningMarkering> forsorjning = new HashSet<>();

    /** The ticks above as bit sets ({@link Forsorjningskalla#bit()}), for the reports' one-pass counts. */
    private int forsorjningStartBitar;

    private int forsorjningSlutBitar;

    /** What this row added to deltagande_flode when last read or written ({@link DeltagandeFlode}). */
    @Transient
    private DeltagandeFlode.Bidrag sparatBidrag;

    /**
     * Unused for new data: withdrawn consent now deletes the participation (it remains only in the anonymous
     * counts). Rows anonymised by earlier versions (identity removed, row kept) may still carry it, so it is still
     * read; the column stays (shipped changeset).
     */
    private boolean anonymiserad;

    private Instant skapad;
    private String skapadAv;

    protected Deltagande() {}

    Deltagande(long insatsId, long organisationId, Instant skapad, String skapadAv) {
        this.insatsId = insatsId;
        this.organisationId = organisationId;
        this.skapad = skapad;
        this.skapadAv = skapadAv;
    }

    void identitet(String krypterad, String hash, boolean samordning) {
        this.identitetKrypterad = krypterad;
        this.identitetHash = hash;
        this.samordningsnummer = samordning;
    }

    /** The encrypted number of a participation just inserted: bound to its id, so written once the id is known. */
    void identitetKrypterad(String krypterad) {
        this.identitetKrypterad = krypterad;
    }

    void inskrivning(LocalDate start, Deltagarprofil profil, Set<Behovsgrupp> behovsgrupper) {
        this.startdatum = start;
        this.profil = profil;
        this.behovsgrupper.retainAll(behovsgrupper);
        this.behovsgrupper.addAll(behovsgrupper);
    }

    Deltagarprofil profil() {
        return profil;
    }

    /** The prioriterade behovsgrupper (empty: none), in the enum's order. */
    Set<Behovsgrupp> behovsgrupper() {
        return behovsgrupper.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(behovsgrupper));
    }

    void samtycke(Samtycke s, String registreratAv) {
        this.samtyckeDatum = s.datum();
        this.samtyckeRegistrering = s.registrering();
        this.samtyckeInformationsutbyte.clear();
        this.samtyckeInformationsutbyte.addAll(s.informationsutbyte());
        if (registreratAv != null) {
            this.samtyckeRegistreratAv = registreratAv;
        }
    }

    void forsorjningVidStart(Forsorjning f) {
        satt(Tillfalle.START, f.kallor());
        this.timmarStartArbeteMedStod = f.timmarArbeteMedStod();
        this.timmarStartArbeteUtanStod = f.timmarArbeteUtanStod();
        this.timmarStartStudier = f.timmarStudier();
        this.timmarStartEgetForetag = f.timmarEgetForetag();
    }

    /** {@code f} null: nothing recorded at exit (a felregistrering), so not {@code arbetssokande} either. */
    void utskrivning(LocalDate slut, Avslutsanledning anledning, Forsorjning f, boolean arbetssokande) {
        this.slutdatum = slut;
        this.avslutsanledning = anledning;
        this.arbetssokandeSlut = f == null ? null : arbetssokande;
        satt(Tillfalle.SLUT, f == null ? Set.of() : f.kallor());
        this.timmarSlutArbeteMedStod = f == null ? null : f.timmarArbeteMedStod();
        this.timmarSlutArbeteUtanStod = f == null ? null : f.timmarArbeteUtanStod();
        this.timmarSlutStudier = f == null ? null : f.timmarStudier();
        this.timmarSlutEgetForetag = f == null ? null : f.timmarEgetForetag();
    }

    private void satt(Tillfalle tillfalle, Set<Forsorjningskalla> kallor) {
        forsorjning.removeIf(m -> m.tillfalle() == tillfalle);
        kallor.forEach(k -> forsorjning.add(new ForsorjningMarkering(tillfalle, k)));
        if (tillfalle == Tillfalle.START) {
            forsorjningStartBitar = Forsorjningskalla.bitar(kallor);
        } else {
            forsorjningSlutBitar = Forsorjningskalla.bitar(kallor);
        }
    }

    /** What this participation adds to deltagande_flode now: nothing when it is not counted in reports. */
    DeltagandeFlode.Bidrag flodesbidrag() {
        if (anonymiserad || avslutsanledning == Avslutsanledning.FELREGISTRERING || startdatum == null) {
            return null;
        }
        return new DeltagandeFlode.Bidrag(insatsId, startdatum, slutdatum, profil.kon());
    }

    DeltagandeFlode.Bidrag sparatBidrag() {
        return sparatBidrag;
    }

    /** Called once the current state is in the database (read, inserted or updated). */
    void bidragSparat() {
        sparatBidrag = flodesbidrag();
    }

    Forsorjning forsorjningVidStart() {
        return new Forsorjning(
                kallor(Tillfalle.START),
                timmarStartArbeteMedStod,
                timmarStartArbeteUtanStod,
                timmarStartStudier,
                timmarStartEgetForetag);
    }

    /** Null while active, or when nothing was recorded at exit. */
    Forsorjning forsorjningVidSlut() {
        if (timmarSlutArbeteMedStod == null) {
            return null;
        }
        return new Forsorjning(
                kallor(Tillfalle.SLUT),
                timmarSlutArbeteMedStod,
                timmarSlutArbeteUtanStod,
                timmarSlutStudier,
                timmarSlutEgetForetag);
    }

    private Set<Forsorjningskalla> kallor(Tillfalle tillfalle) {
        return forsorjning.stream()
                .filter(m -> m.tillfalle() == tillfalle)
                .map(ForsorjningMarkering::kalla)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Forsorjningskalla.class)));
    }

    SamtyckeInfo samtyckeInfo() {
        return new SamtyckeInfo(
                samtyckeDatum,
                samtyckeInformationsutbyte.isEmpty() ? Set.of() : EnumSet.copyOf(samtyckeInformationsutbyte),
                samtyckeRegistrering,
                samtyckeRegistreratAv,
                samtyckeAterkallat);
    }

    long getInsatsId() {
        return insatsId;
    }

    long getOrganisationId() {
        return organisationId;
    }

    String getIdentitetKrypterad() {
        return identitetKrypterad;
    }

    String getIdentitetHash() {
        return identitetHash;
    }

    boolean isSamordningsnummer() {
        return samordningsnummer;
    }

    LocalDate getStartdatum() {
        return startdatum;
    }

    LocalDate getSlutdatum() {
        return slutdatum;
    }

    Avslutsanledning getAvslutsanledning() {
        return avslutsanledning;
    }

    /** Null while active and when nothing was recorded at exit. */
    Boolean getArbetssokandeSlut() {
        return arbetssokandeSlut;
    }

    boolean isAnonymiserad() {
        return anonymiserad;
    }
}
