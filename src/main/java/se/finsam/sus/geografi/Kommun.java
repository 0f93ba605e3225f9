package se.finsam.sus.geografi;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A kommun with SCB's four-digit code; its first two digits are its län's code. Reference data. */
@Entity
@Table(name = "kommun")
class Kommun {

    @Id
    private String kod;

    private String namn;
    private String lanKod;

    protected Kommun() {}

    KommunInfo info() {
        return new KommunInfo(kod, namn, lanKod);
    }
}
