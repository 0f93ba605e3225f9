package se.finsam.sus.behorighet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.VersioneradEntitet;

/** A person who logs in to SUS. */
@Entity
@Table(name = "anvandare")
class Anvandare extends VersioneradEntitet {

    /** Failures in a row that lock the account. */
    static final int MAX_MISSLYCKADE = 5;

    static final Duration SPARRTID = Duration.ofMinutes(15);

    private String anvandarnamn;
    private String namn;
    private String losenordHash;
    private boolean aktiv = true;

    /** The password was set by a system administrator: the user must change it before anything else. */
    private boolean bytLosenord;
    /**
     * The failure count and the lock are written only by the atomic updates of {@link Inloggningsforsok} (through
     * {@link AnvandareRepository}), never by saving the entity: a save would write back a stale count that
     * parallel logins had raised meanwhile.
     */
    @Column(updatable = false)
    private int misslyckadeInloggningar;

    @Column(updatable = false)
    private Instant lastTill;

    private Instant skapad;

    @Enumerated(EnumType.STRING)
    private Arbetsgivare arbetsgivare;

    /** Which kommun, region or förbund, where the kind alone does not say it. */
    private String arbetsgivareNamn;

    /** The second-factor (TOTP) secret, encrypted (see base.Kryptering); null until enrolled. */
    private String totpHemlighet;

    /** The last TOTP time step used, so that no code can be used twice. */
    private long totpSenasteSteg;

    /** Keyed hash of the personnummer of the user's e-legitimation (see ELegitimationHash); null when none. */
    private String elegitimationHash;

    /** The last completed login; written only by {@link AnvandareRepository#inloggad} (as the lock fields). */
    @Column(updatable = false)
    private Instant senastInloggad;

    /** The gallring has removed the user's personal data (issue 12 #17); the row stays for uppdrag and audit. */
    private boolean anonymiserad;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "anvandare_roll", joinColumns = @JoinColumn(name = "anvandare_id"))
    @Column(name = "roll")
    @Enumerated(EnumType.STRING)
    private Set<Roll> roller = EnumSet.noneOf(Roll.class);

    protected Anvandare() {}

    Anvandare(String anvandarnamn, String namn, String losenordHash, Set<Roll> roller, Instant skapad) {
        this(anvandarnamn, namn, losenordHash, roller, skapad, Arbetsgivare.FORSAKRINGSKASSAN, null);
    }

    Anvandare(
            String anvandarnamn,
            String namn,
            String losenordHash,
            Set<Roll> roller,
            Instant skapad,
            Arbetsgivare arbetsgivare,
            String arbetsgivareNamn) {
        Rollregler.kontrollera(roller, arbetsgivare);
        this.anvandarnamn = normalisera(anvandarnamn);
        this.namn = namn;
        this.losenordHash = losenordHash;
        this.roller = EnumSet.copyOf(roller);
        this.skapad = skapad;
        this.arbetsgivare = arbetsgivare;
        this.arbetsgivareNamn = arbetsgivareNamn;
    }

    void andraRoller(Set<Roll> nya) {
        Rollregler.kontrollera(nya, arbetsgivare);
        roller.clear();
        roller.addAll(nya);
    }

    /** A new employer, checked against the roles the user holds (only authority staff are deltagaransvariga). */
    void andraArbetsgivare(Arbetsgivare ny, String namn) {
        Rollregler.kontrollera(roller, ny);
        this.arbetsgivare = ny;
        this.arbetsgivareNamn = namn;
    }

    void setAktiv(boolean aktiv) {
        this.aktiv = aktiv;
    }

    void setLosenordHash(String losenordHash) {
        this.losenordHash = losenordHash;
    }

    void setBytLosenord(boolean bytLosenord) {
        this.bytLosenord = bytLosenord;
    }

    boolean isBytLosenord() {
        return bytLosenord;
    }

    /** Roles that see personal data, and system administrators, must log in with a second factor. */
    boolean kraverTvafaktor() {
        return totpHemlighet != null
                || roller.contains(Roll.DELTAGARANSVARIG)
                || roller.contains(Roll.SYSTEMADMINISTRATOR);
    }

    String getTotpHemlighet() {
        return totpHemlighet;
    }

    long getTotpSenasteSteg() {
        return totpSenasteSteg;
    }

    void registreraTotp(String krypteradHemlighet, long steg) {
        this.totpHemlighet = krypteradHemlighet;
        this.totpSenasteSteg = steg;
    }

    void anvandTotpSteg(long steg) {
        this.totpSenasteSteg = steg;
    }

    String getElegitimationHash() {
        return elegitimationHash;
    }

    void setElegitimationHash(String hash) {
        this.elegitimationHash = hash;
    }

    /**
     * Removes the personal data of a deactivated user after the retention period: name, user name (becomes
     * {@code gallrad-<id>}), employer's name, password, second factor, e-legitimation link and roles. The row and
     * its id stay, so that uppdrag still refer to it; audit rows name users by the user name they had then, so the
     * log stays readable until its own retention ends.
     */
    void anonymisera() {
        this.anvandarnamn = "gallrad-" + getId();
        this.namn = "(gallrad)";
        this.arbetsgivareNamn = null;
        this.losenordHash = null;
        this.bytLosenord = false;
        this.totpHemlighet = null;
        this.totpSenasteSteg = 0;
        this.elegitimationHash = null;
        this.roller.clear();
        this.aktiv = false;
        this.anonymiserad = true;
    }

    boolean isAnonymiserad() {
        return anonymiserad;
    }

    /** User names are compared without regard to case or surrounding spaces. */
    static String normalisera(String anvandarnamn) {
        return anvandarnamn == null ? "" : anvandarnamn.trim().toLowerCase(Locale.ROOT);
    }

    boolean arLast(Instant nu) {
        return lastTill != null && lastTill.isAfter(nu);
    }

    String getAnvandarnamn() {
        return anvandarnamn;
    }

    String getNamn() {
        return namn;
    }

    String getLosenordHash() {
        return losenordHash;
    }

    boolean isAktiv() {
        return aktiv;
    }

    Instant getLastTill() {
        return lastTill;
    }

    int getMisslyckadeInloggningar() {
        return misslyckadeInloggningar;
    }

    Arbetsgivare getArbetsgivare() {
        return arbetsgivare;
    }

    String getArbetsgivareNamn() {
        return arbetsgivareNamn;
    }

    Set<Roll> getRoller() {
        return roller.isEmpty() ? EnumSet.noneOf(Roll.class) : EnumSet.copyOf(roller);
    }

    /** The user as the administrator's list shows it. */
    AnvandarRad rad() {
        return new AnvandarRad(
                getId(),
                getVersion(),
                anvandarnamn,
                namn,
                arbetsgivare,
                arbetsgivareNamn,
                getRoller(),
                aktiv,
                lastTill,
                elegitimationHash != null);
    }
}
